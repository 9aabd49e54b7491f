package org.officina.resources.model;

/** A machine of a work center. */
public record Machine(String code, String description, String workCenter) {}
