package io.vigil.core.document;

/** Field names of the Elastic Common Schema and Vigil's own fields, in one place. */
public final class Ecs {

    public static final String TIMESTAMP = "@timestamp";
    public static final String EVENT_ID = "event.id";
    public static final String EVENT_DATASET = "event.dataset";
    public static final String EVENT_INGESTED = "event.ingested";
    public static final String MESSAGE = "message";
    public static final String HOST_NAME = "host.name";
    public static final String CLOUD_ACCOUNT_ID = "cloud.account.id";
    public static final String CLOUD_REGION = "cloud.region";

    /** Projects a document belongs to (multi-valued), from the project map. */
    public static final String VIGIL_PROJECT = "vigil.project";
    /** Programs of those projects (multi-valued). */
    public static final String VIGIL_PROGRAM = "vigil.program";
    /** Resource identifiers (ARNs, instance ids) used by the explicit resource mapping. */
    public static final String VIGIL_RESOURCE_ID = "vigil.resource.id";
    /** Delivery pipeline name (CodePipeline). */
    public static final String VIGIL_PIPELINE = "vigil.pipeline.name";
    /** SonarQube project key. */
    public static final String VIGIL_SONARQUBE_PROJECT = "vigil.sonarqube.project";
    /** Named group of scan targets (Nmap). */
    public static final String VIGIL_SCAN_GROUP = "vigil.scan.group";

    /** The project of documents that match no entry of the project map; visible to admins only. */
    public static final String UNASSIGNED = "unassigned";

    private Ecs() {
    }
}
