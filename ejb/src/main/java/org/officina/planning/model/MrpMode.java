package org.officina.planning.model;

/** Regenerative: every item planned again. Net change: only what changed since the last run. */
public enum MrpMode {
  REGENERATIVE,
  NET_CHANGE
}
