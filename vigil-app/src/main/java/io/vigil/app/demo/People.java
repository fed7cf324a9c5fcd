package io.vigil.app.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The engineers' share of the trail: on office days each signs in to the console in the morning (now
 * and then after a mistyped password), looks around their project for a while, often comes back
 * after lunch, and some use the CLI with their access key; a few work on a weekend. Whether a
 * sign-in uses MFA is each person's habit. Now and then a call is denied or fails as calls do.
 */
final class People implements TrailActivity {

    private static final String[] BROWSERS = {
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                    + " Version/18.1 Safari/605.1.15"};
    private static final Mix<ApiCall> CONSOLE = new Mix<ApiCall>().add(ApiCall.DESCRIBE_INSTANCES, 5)
            .add(ApiCall.GET_METRIC_DATA, 4).add(ApiCall.LIST_BUCKETS, 3).add(ApiCall.DESCRIBE_STACKS, 3)
            .add(ApiCall.DESCRIBE_SECURITY_GROUPS, 2).add(ApiCall.GET_BUCKET_POLICY, 2).add(ApiCall.LIST_FUNCTIONS, 2)
            .add(ApiCall.DESCRIBE_STACK_EVENTS, 1).add(ApiCall.DESCRIBE_DB_INSTANCES, 1).add(ApiCall.DESCRIBE_TABLE, 1)
            .add(ApiCall.LIST_ROLES, 1).add(ApiCall.LIST_USERS, 0.5).add(ApiCall.GET_COST_AND_USAGE, 0.3)
            .add(ApiCall.STOP_INSTANCES, 0.3).add(ApiCall.START_INSTANCES, 0.3)
            .add(ApiCall.AUTHORIZE_SECURITY_GROUP_INGRESS, 0.15);
    private static final Mix<ApiCall> CLI = new Mix<ApiCall>().add(ApiCall.GET_CALLER_IDENTITY, 2)
            .add(ApiCall.LIST_BUCKETS, 2).add(ApiCall.GET_OBJECT, 3).add(ApiCall.PUT_OBJECT, 1)
            .add(ApiCall.GET_PARAMETERS, 2).add(ApiCall.DESCRIBE_INSTANCES, 3).add(ApiCall.DESCRIBE_STACKS, 2)
            .add(ApiCall.GET_SECRET_VALUE, 1).add(ApiCall.ASSUME_ROLE, 1);
    private static final double AT_WORK = 0.92;
    private static final double AFTER_LUNCH = 0.45;
    private static final double ON_WEEKEND = 0.08;
    private static final double WRONG_PASSWORD = 0.07;
    private static final double DENIED = 0.015;
    private static final double EVERYDAY_FAILURES = 0.01;

    @Override
    public void generate(Day day, SplittableRandom random, List<TrailEvent> out) {
        for (Person person : DemoEstate.PEOPLE) {
            String browser = BROWSERS[Math.floorMod(person.name().hashCode(), BROWSERS.length)];
            String ip = person.place().address(person.name());
            if (day.workday()) {
                if (random.nextDouble() < AT_WORK) {
                    Instant morning = day.at(person.workStartUtc(), random.nextInt(75), random.nextInt(60));
                    consoleSession(person, morning, 12 + random.nextInt(30), ip, browser, random, out);
                    if (random.nextDouble() < AFTER_LUNCH) {
                        Instant afternoon = day.at(person.workStartUtc() + 5, random.nextInt(60), random.nextInt(60));
                        consoleSession(person, afternoon, 5 + random.nextInt(15), ip, browser, random, out);
                    }
                    if (person.usesCli()) {
                        cli(person, day, 4 + random.nextInt(22), ip, random, out);
                    }
                }
            } else if (random.nextDouble() < ON_WEEKEND) {
                consoleSession(person, day.at(9 + random.nextInt(10), random.nextInt(60), random.nextInt(60)),
                        3 + random.nextInt(8), ip, browser, random, out);
            }
        }
    }

    private static void consoleSession(Person person, Instant signIn, int calls, String ip, String browser,
                                       SplittableRandom random, List<TrailEvent> out) {
        if (random.nextDouble() < WRONG_PASSWORD) {
            out.add(SignIn.user(person, signIn.minusSeconds(20 + random.nextInt(70)), false, ip, browser, random));
        }
        out.add(SignIn.user(person, signIn, true, ip, browser, random));
        Caller caller = Caller.consoleSession(person, signIn, person.usesMfa(), AwsIds.sessionKey(random), ip, browser);
        long length = 40 * 60L + random.nextInt(200 * 60);
        for (Instant time : times(signIn.plusSeconds(30), length, calls, random)) {
            out.add(call(person, caller, CONSOLE.pick(random), time, random));
        }
    }

    private static void cli(Person person, Day day, int calls, String ip, SplittableRandom random, List<TrailEvent> out) {
        Caller caller = Caller.withAccessKey(person, ip, Caller.AWS_CLI);
        Instant from = day.at(person.workStartUtc(), 30, 0);
        long length = (person.workEndUtc() - person.workStartUtc() - 1) * 3600L;
        for (Instant time : times(from, length, calls, random)) {
            out.add(call(person, caller, CLI.pick(random), time, random));
        }
    }

    private static TrailEvent call(Person person, Caller caller, ApiCall call, Instant time, SplittableRandom random) {
        String region = random.nextDouble() < 0.8 ? home(person) : away(person);
        List<Instance> targets = targets(person, region);
        ApiCall made = targets.isEmpty() && (call == ApiCall.START_INSTANCES || call == ApiCall.STOP_INSTANCES)
                ? ApiCall.DESCRIBE_INSTANCES : call;
        Instance target = targets.isEmpty() ? null : targets.get(random.nextInt(targets.size()));
        CallSite site = new CallSite(person.account(), region, person.project(), caller.arn(), target,
                person.project() + "-operator", time, random);
        return TrailRecord.of(caller, made, site, failure(person, made, site, random));
    }

    private static Failure failure(Person person, ApiCall call, CallSite site, SplittableRandom random) {
        double draw = random.nextDouble();
        if (draw < DENIED && !person.name().equals(TrailStories.DENIED_USER)) {
            return call.denied(site);
        }
        return draw > 1 - EVERYDAY_FAILURES ? call.everydayFailure() : null;
    }

    /** The instances a person could start or stop in a region: their project's, else any in their account. */
    private static List<Instance> targets(Person person, String region) {
        List<Instance> own = DemoEstate.instances(person.project(), person.account(), region);
        return own.isEmpty() ? DemoEstate.INSTANCES.stream()
                .filter(instance -> instance.account().equals(person.account()) && instance.region().equals(region))
                .toList() : own;
    }

    private static String home(Person person) {
        return person.place() == DemoEstate.SUNNYVALE ? DemoEstate.US : DemoEstate.EU;
    }

    private static String away(Person person) {
        return home(person).equals(DemoEstate.EU) ? DemoEstate.US : DemoEstate.EU;
    }

    /** {@code count} times spread over {@code seconds} from {@code from}, in order. */
    static List<Instant> times(Instant from, long seconds, int count, SplittableRandom random) {
        List<Instant> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            times.add(from.plusSeconds(random.nextLong(Math.max(1, seconds))));
        }
        times.sort(null);
        return times;
    }
}
