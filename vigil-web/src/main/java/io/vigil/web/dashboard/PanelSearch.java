package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One search a panel needs: the index pattern and the query DSL body both engine families take. */
public record PanelSearch(String index, ObjectNode body) {
}
