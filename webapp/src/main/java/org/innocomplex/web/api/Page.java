package org.innocomplex.web.api;

import java.util.List;

/** One page of a longer list: where it starts, how many there are in all, and the items. */
public record Page<T>(long total, int first, List<T> items) {}
