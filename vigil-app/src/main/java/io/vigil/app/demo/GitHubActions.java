package io.vigil.app.demo;

/**
 * The demo's deployments run in GitHub Actions, which signs in to AWS with OpenID Connect
 * ({@code AssumeRoleWithWebIdentity}) and then deploys as the assumed role.
 */
final class GitHubActions {

    static final String ROLE = "github-actions-deploy";
    static final String SESSION = "GitHubActions";
    static final String USER_AGENT = "aws-sdk-nodejs/2.1692.0 linux/v20.18.0"
            + " configure-aws-credentials-for-github-actions promise";

    private GitHubActions() {
    }

    /** The token's subject: the repository and branch that deploys. */
    static String subject(String project) {
        return "repo:acme/" + project + ":ref:refs/heads/main";
    }

    static String provider(String account) {
        return "arn:aws:iam::" + account + ":oidc-provider/token.actions.githubusercontent.com";
    }
}
