package io.vigil.app.demo;

/** An EC2 instance of the demo estate, and the project that runs it. */
record Instance(String name, String id, String account, String region, String project) {

    static Instance of(String name, String account, String region, String project) {
        return new Instance(name, AwsIds.instanceId(name), account, region, project);
    }
}
