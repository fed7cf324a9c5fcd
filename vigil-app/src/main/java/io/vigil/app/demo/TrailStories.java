package io.vigil.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the trail has to tell besides everyday work:
 * <ul>
 *   <li>a burst of denied calls: {@value #DENIED_CALLS} calls within 20 minutes, all {@code AccessDenied},
 *       made with {@value #DENIED_USER}'s access key from an address in Vietnam, probing IAM, S3 and
 *       roles to assume after one successful {@code GetCallerIdentity};</li>
 *   <li>the root user twice: in the payments account with MFA to look at costs and access keys, and
 *       in the shared account without MFA, to set up the MFA device it lacked;</li>
 *   <li>sign-ins to user names the accounts do not have, from abroad, every few days.</li>
 * </ul>
 * The console sign-ins without MFA are everyday work: they are the habit of some people
 * ({@link Person#usesMfa()}).
 */
final class TrailStories implements TrailActivity {

    static final String DENIED_USER = "dmitri";
    static final int DENIED_CALLS = 200;
    static final Duration DENIED_WINDOW = Duration.ofMinutes(20);
    /** The day of the denied burst, counted from the oldest day (0) of the 30. */
    static final int DENIED_DAY = 18;
    static final int ROOT_WITH_MFA_DAY = 9;
    static final int ROOT_WITHOUT_MFA_DAY = 23;
    private static final Place DENIED_FROM = DemoEstate.HO_CHI_MINH_CITY;
    private static final String ROOT_BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static final Mix<ApiCall> PROBES = new Mix<ApiCall>().add(ApiCall.LIST_BUCKETS, 2)
            .add(ApiCall.GET_BUCKET_POLICY, 3).add(ApiCall.LIST_USERS, 2).add(ApiCall.LIST_ROLES, 2)
            .add(ApiCall.GET_ACCOUNT_AUTHORIZATION_DETAILS, 1).add(ApiCall.LIST_ACCESS_KEYS, 2).add(ApiCall.ASSUME_ROLE, 3);
    private static final String[] ROLES_TRIED = {"OrganizationAccountAccessRole", "admin", "Administrator",
            "payments-operator", "terraform", "ci-deploy", "readonly"};
    private static final double NAME_GUESSES_PER_DAY = 0.4;

    @Override
    public void generate(Day day, SplittableRandom random, List<TrailEvent> out) {
        if (day.index() == DENIED_DAY) {
            deniedBurst(day.at(14, 5, 0), random, out);
        }
        if (day.index() == ROOT_WITH_MFA_DAY) {
            root(DemoEstate.PAYMENTS_ACCOUNT, DemoEstate.PAYMENTS, day.at(10, 12, 41), true,
                    DemoEstate.LONDON.address(DENIED_USER), List.of(ApiCall.GET_ACCOUNT_SUMMARY,
                            ApiCall.GET_COST_AND_USAGE, ApiCall.LIST_ACCESS_KEYS), random, out);
        }
        if (day.index() == ROOT_WITHOUT_MFA_DAY) {
            root(DemoEstate.SHARED_ACCOUNT, DemoEstate.STOREFRONT, day.at(16, 48, 3), false,
                    DemoEstate.FRANKFURT.address("alice"), List.of(ApiCall.GET_ACCOUNT_SUMMARY,
                            ApiCall.CREATE_VIRTUAL_MFA_DEVICE, ApiCall.ENABLE_MFA_DEVICE), random, out);
        }
        for (String account : DemoEstate.ACCOUNTS) {
            for (int i = Rhythm.poisson(random, NAME_GUESSES_PER_DAY); i > 0; i--) {
                Place from = DemoEstate.ATTACKERS.get(random.nextInt(DemoEstate.ATTACKERS.size()));
                out.add(SignIn.unknownUser(account, day.at(random.nextInt(24), random.nextInt(60), random.nextInt(60)),
                        from.address(random), ROOT_BROWSER, random));
            }
        }
    }

    private static void deniedBurst(Instant start, SplittableRandom random, List<TrailEvent> out) {
        Person person = DemoEstate.person(DENIED_USER);
        Caller caller = Caller.withAccessKey(person, DENIED_FROM.address(DENIED_USER), Caller.BOTO3);
        out.add(TrailRecord.of(caller, ApiCall.GET_CALLER_IDENTITY, site(person, caller, start.minusSeconds(41), random),
                null));
        for (Instant time : People.times(start, DENIED_WINDOW.getSeconds(), DENIED_CALLS, random)) {
            CallSite site = site(person, caller, time, random).withRole(ROLES_TRIED[random.nextInt(ROLES_TRIED.length)]);
            ApiCall call = PROBES.pick(random);
            out.add(TrailRecord.of(caller, call, site, call.denied(site)));
        }
    }

    private static CallSite site(Person person, Caller caller, Instant time, SplittableRandom random) {
        return new CallSite(person.account(), DemoEstate.US, person.project(), caller.arn(), null, null, time, random);
    }

    private static void root(String account, String project, Instant signIn, boolean mfa, String ip, List<ApiCall> calls,
                             SplittableRandom random, List<TrailEvent> out) {
        out.add(SignIn.root(account, signIn, mfa, ip, ROOT_BROWSER, random));
        Caller root = Caller.rootSession(account, signIn, mfa, AwsIds.sessionKey(random), ip, ROOT_BROWSER);
        Instant time = signIn;
        for (ApiCall call : calls) {
            time = time.plusSeconds(30 + random.nextInt(170));
            out.add(TrailRecord.of(root, call, new CallSite(account, DemoEstate.US, project, root.arn(), null, null,
                    time, random), null));
        }
    }
}
