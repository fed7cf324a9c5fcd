package io.vigil.app.demo;

/**
 * An engineer with an IAM user: where they work from, their working hours (UTC), whether they sign
 * in with MFA, and whether they also use the CLI with a long-term access key.
 */
record Person(String name, String account, String project, Place place, int workStartUtc, int workEndUtc,
              boolean usesMfa, boolean usesCli) {

    String arn() {
        return "arn:aws:iam::" + account + ":user/" + name;
    }
}
