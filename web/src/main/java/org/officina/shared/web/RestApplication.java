package org.officina.shared.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1, under /officina/api/v1. Every call needs a user: HTTP Basic or the
 * portal's session.
 */
@ApplicationPath("api/v1")
public class RestApplication extends Application {}
