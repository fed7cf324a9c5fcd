package io.vigil.app.demo;

import static io.vigil.app.demo.DemoEstate.EU;
import static io.vigil.app.demo.DemoEstate.IDENTITY;
import static io.vigil.app.demo.DemoEstate.IDENTITY_ACCOUNT;
import static io.vigil.app.demo.DemoEstate.INFRASTRUCTURE;
import static io.vigil.app.demo.DemoEstate.PAYMENTS;
import static io.vigil.app.demo.DemoEstate.PAYMENTS_ACCOUNT;
import static io.vigil.app.demo.DemoEstate.SHARED_ACCOUNT;
import static io.vigil.app.demo.DemoEstate.STOREFRONT;
import static io.vigil.app.demo.DemoEstate.US;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deployments from GitHub Actions on office days: the workflow signs in with its OpenID Connect
 * token, then as the deploy role pushes artifacts, updates the CloudFormation stack (sometimes there
 * is nothing to update), watches it and rolls the service. The platform team's pipeline runs
 * Terraform against its state bucket instead.
 */
final class Deployments implements TrailActivity {

    private static final double DEPLOYS_PER_DAY = 2.2;
    private static final double NOTHING_TO_UPDATE = 0.08;

    private record Pipeline(String project, String account, String region) {
    }

    private static final List<Pipeline> PIPELINES = List.of(new Pipeline(STOREFRONT, SHARED_ACCOUNT, EU),
            new Pipeline(PAYMENTS, SHARED_ACCOUNT, EU), new Pipeline(PAYMENTS, PAYMENTS_ACCOUNT, US),
            new Pipeline(IDENTITY, IDENTITY_ACCOUNT, EU), new Pipeline(INFRASTRUCTURE, IDENTITY_ACCOUNT, EU));

    @Override
    public void generate(Day day, SplittableRandom random, List<TrailEvent> out) {
        if (!day.workday()) {
            return;
        }
        for (Pipeline pipeline : PIPELINES) {
            for (int i = Rhythm.poisson(random, DEPLOYS_PER_DAY); i > 0; i--) {
                deploy(pipeline, day.at(8 + random.nextInt(9), random.nextInt(60), random.nextInt(60)), random, out);
            }
        }
    }

    private static void deploy(Pipeline pipeline, Instant start, SplittableRandom random, List<TrailEvent> out) {
        String ip = DemoEstate.GITHUB_RUNNERS.address(random);
        Caller workflow = Caller.webIdentity(pipeline.account(), pipeline.project(), ip);
        out.add(TrailRecord.of(workflow, ApiCall.ASSUME_ROLE_WITH_WEB_IDENTITY,
                site(pipeline, workflow, start, random), null));
        boolean terraform = pipeline.project().equals(INFRASTRUCTURE);
        Caller deployer = Caller.role(pipeline.account(), GitHubActions.ROLE, GitHubActions.SESSION, start,
                AwsIds.sessionKey(random), ip, terraform ? Caller.TERRAFORM : GitHubActions.USER_AGENT);
        List<ApiCall> steps = terraform ? terraformSteps(random) : stackSteps(random);
        Instant time = start;
        for (ApiCall step : steps) {
            time = time.plusSeconds(2 + random.nextInt(25));
            Failure failure = step == ApiCall.UPDATE_STACK && random.nextDouble() < NOTHING_TO_UPDATE
                    ? step.everydayFailure() : null;
            out.add(TrailRecord.of(deployer, step, site(pipeline, deployer, time, random), failure));
        }
    }

    private static CallSite site(Pipeline pipeline, Caller caller, Instant time, SplittableRandom random) {
        List<Instance> hosts = DemoEstate.instances(pipeline.project(), pipeline.account(), pipeline.region());
        return new CallSite(pipeline.account(), pipeline.region(), pipeline.project(), caller.arn(),
                hosts.isEmpty() ? null : hosts.get(0), GitHubActions.ROLE, time, random);
    }

    private static List<ApiCall> stackSteps(SplittableRandom random) {
        List<ApiCall> steps = new ArrayList<>(List.of(ApiCall.GET_CALLER_IDENTITY, ApiCall.GET_AUTHORIZATION_TOKEN,
                ApiCall.PUT_OBJECT, ApiCall.PUT_OBJECT, ApiCall.DESCRIBE_STACKS, ApiCall.UPDATE_STACK));
        for (int i = 3 + random.nextInt(8); i > 0; i--) {
            steps.add(ApiCall.DESCRIBE_STACK_EVENTS);
        }
        steps.add(ApiCall.DESCRIBE_STACKS);
        steps.add(ApiCall.UPDATE_SERVICE);
        return steps;
    }

    private static List<ApiCall> terraformSteps(SplittableRandom random) {
        List<ApiCall> steps = new ArrayList<>(List.of(ApiCall.GET_CALLER_IDENTITY, ApiCall.GET_OBJECT));
        for (int i = 6 + random.nextInt(10); i > 0; i--) {
            steps.add(random.nextBoolean() ? ApiCall.DESCRIBE_INSTANCES
                    : random.nextBoolean() ? ApiCall.DESCRIBE_SECURITY_GROUPS : ApiCall.DESCRIBE_VOLUMES);
        }
        steps.add(ApiCall.PUT_OBJECT);
        return steps;
    }
}
