package org.officina.resources.model;

/**
 * A cell of a work center's changeover matrix: the minutes it takes to go from an operation of one
 * setup family to one of another (a pair not listed costs the next operation's own setup; one of
 * the same family needs none).
 */
public record Changeover(String workCenter, String fromFamily, String toFamily, int minutes) {}
