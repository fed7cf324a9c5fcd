package io.vigil.store;

/**
 * What an engine says about itself.
 *
 * @param family      OpenSearch or Elasticsearch
 * @param version     the server version, e.g. {@code 2.19.6}
 * @param clusterName the cluster's name
 * @param health      {@code green}, {@code yellow}, {@code red}, or {@code unknown} where the engine does
 *                    not tell (serverless collections, users without cluster monitor permission)
 * @param dataNodes   nodes that hold data (1 for the embedded engine; 0 when unknown)
 */
public record EngineInfo(EngineFamily family, String version, String clusterName, String health, int dataNodes) {

    @Override
    public String toString() {
        return family.displayName() + " " + version + " (cluster " + clusterName + ", " + health + ")";
    }
}
