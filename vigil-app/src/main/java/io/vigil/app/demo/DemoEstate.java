package io.vigil.app.demo;

import java.util.List;

/**
 * The demo company's AWS estate: three accounts (one shared by the storefront and payments teams),
 * two regions, the teams' engineers and where they work, the instances each project runs, and the
 * places attackers come from. Fixed: only the activity generated over it depends on the seed.
 */
final class DemoEstate {

    static final String STOREFRONT = "storefront";
    static final String PAYMENTS = "payments";
    static final String IDENTITY = "identity";
    static final String INFRASTRUCTURE = "infrastructure";

    /** Shared by the storefront and payments projects. */
    static final String SHARED_ACCOUNT = "111122223333";
    static final String PAYMENTS_ACCOUNT = "444455556666";
    /** The identity project's account; the platform team's instances and buckets live there too. */
    static final String IDENTITY_ACCOUNT = "777788889999";
    static final List<String> ACCOUNTS = List.of(SHARED_ACCOUNT, PAYMENTS_ACCOUNT, IDENTITY_ACCOUNT);

    static final String EU = "eu-west-1";
    static final String US = "us-east-1";
    static final List<String> REGIONS = List.of(EU, US);

    /** The infrastructure project's S3 buckets all begin with this. */
    static final String PLATFORM_BUCKET_PREFIX = "platform-";

    // offices and homes
    static final Place FRANKFURT = new Place("Frankfurt am Main", "DE", "Germany", 50.1109, 8.6821, "Vodafone GmbH",
            List.of("91.64.12", "77.180.40"));
    static final Place LONDON = new Place("London", "GB", "United Kingdom", 51.5143, -0.0912, "Andrews & Arnold Ltd",
            List.of("81.2.69"));
    static final Place AMSTERDAM = new Place("Amsterdam", "NL", "Netherlands", 52.3676, 4.9041, "KPN B.V.",
            List.of("77.166.30"));
    static final Place PARIS = new Place("Paris", "FR", "France", 48.8575, 2.3514, "Orange S.A.",
            List.of("90.12.44"));
    static final Place SUNNYVALE = new Place("Sunnyvale", "US", "United States", 37.3688, -122.036, "Comcast Cable",
            List.of("73.162.12"));
    // AWS's own addresses (instances behind NAT gateways) and GitHub's hosted runners
    static final Place AWS_DUBLIN = new Place("Dublin", "IE", "Ireland", 53.3498, -6.2603, "Amazon.com, Inc.",
            List.of("52.16.40", "54.216.3"));
    static final Place AWS_VIRGINIA = new Place("Ashburn", "US", "United States", 39.0438, -77.4874, "Amazon.com, Inc.",
            List.of("3.80.22", "54.144.7"));
    static final Place GITHUB_RUNNERS = new Place("Boydton", "US", "United States", 36.6676, -78.3875,
            "Microsoft Corporation", List.of("20.42.5", "52.167.33"));
    // where attacks come from
    static final Place NANJING = new Place("Nanjing", "CN", "China", 32.0607, 118.763, "CHINANET jiangsu province network",
            List.of("61.177.172"));
    static final Place BEIJING = new Place("Beijing", "CN", "China", 39.9042, 116.407, "Beijing Baidu Netcom",
            List.of("180.76.10"));
    static final Place MOSCOW = new Place("Moscow", "RU", "Russia", 55.7569, 37.7005, "PJSC Vimpelcom",
            List.of("95.24.18"));
    static final Place ST_PETERSBURG = new Place("St Petersburg", "RU", "Russia", 59.9311, 30.3609, "Net Group",
            List.of("5.188.10"));
    static final Place SAO_PAULO = new Place("Sao Paulo", "BR", "Brazil", -23.5558, -46.6396, "Brasil Telecom",
            List.of("177.70.12"));
    static final Place HO_CHI_MINH_CITY = new Place("Ho Chi Minh City", "VN", "Vietnam", 10.7638, 106.644,
            "VNPT Corp", List.of("113.161.40"));
    static final Place HANOI = new Place("Hanoi", "VN", "Vietnam", 21.0278, 105.834, "Viettel Group",
            List.of("103.99.0"));
    static final Place MANGALURU = new Place("Mangaluru", "IN", "India", 12.9141, 74.856, "Reliance Jio Infocomm",
            List.of("49.36.100"));
    static final Place ANSAN = new Place("Ansan", "KR", "South Korea", 37.3227, 126.791, "Korea Telecom",
            List.of("121.134.50"));
    static final Place AMSTERDAM_HOSTING = new Place("Amsterdam", "NL", "Netherlands", 52.3676, 4.9041,
            "Hosting Services B.V.", List.of("193.32.162", "92.63.197"));
    static final Place KAUNAS = new Place("Kaunas", "LT", "Lithuania", 54.9073, 24.0046, "UAB Host Baltic",
            List.of("141.98.11"));
    static final Place TOR_EXITS = new Place("Berlin", "DE", "Germany", 52.52, 13.405, "Tor exit relays",
            List.of("185.220.101"));
    static final List<Place> ATTACKERS = List.of(NANJING, BEIJING, MOSCOW, ST_PETERSBURG, SAO_PAULO, HO_CHI_MINH_CITY,
            HANOI, MANGALURU, ANSAN, AMSTERDAM_HOSTING, KAUNAS);

    static final List<Person> PEOPLE = List.of(
            new Person("alice", SHARED_ACCOUNT, STOREFRONT, FRANKFURT, 7, 16, true, false),
            new Person("bob", SHARED_ACCOUNT, STOREFRONT, FRANKFURT, 7, 16, false, false),
            new Person("chen", SHARED_ACCOUNT, STOREFRONT, PARIS, 8, 17, true, true),
            new Person("dmitri", PAYMENTS_ACCOUNT, PAYMENTS, LONDON, 8, 17, true, true),
            new Person("erin", PAYMENTS_ACCOUNT, PAYMENTS, SUNNYVALE, 16, 24, false, false),
            new Person("farah", SHARED_ACCOUNT, PAYMENTS, LONDON, 8, 17, true, false),
            new Person("gustavo", IDENTITY_ACCOUNT, IDENTITY, AMSTERDAM, 7, 16, false, false),
            new Person("hana", IDENTITY_ACCOUNT, IDENTITY, AMSTERDAM, 7, 16, true, true),
            new Person("ivan", IDENTITY_ACCOUNT, INFRASTRUCTURE, PARIS, 8, 17, true, true));

    static final List<Instance> INSTANCES = List.of(
            Instance.of("web-1", SHARED_ACCOUNT, EU, STOREFRONT),
            Instance.of("web-2", SHARED_ACCOUNT, EU, STOREFRONT),
            Instance.of("web-3", SHARED_ACCOUNT, EU, STOREFRONT),
            Instance.of("web-4", SHARED_ACCOUNT, EU, STOREFRONT),
            Instance.of("web-5", SHARED_ACCOUNT, US, STOREFRONT),
            Instance.of("api-1", SHARED_ACCOUNT, EU, PAYMENTS),
            Instance.of("api-2", SHARED_ACCOUNT, EU, PAYMENTS),
            Instance.of("api-3", PAYMENTS_ACCOUNT, US, PAYMENTS),
            Instance.of("api-4", PAYMENTS_ACCOUNT, US, PAYMENTS),
            Instance.of("api-5", PAYMENTS_ACCOUNT, US, PAYMENTS),
            Instance.of("payments-bastion", PAYMENTS_ACCOUNT, US, PAYMENTS),
            Instance.of("idp-1", IDENTITY_ACCOUNT, EU, IDENTITY),
            Instance.of("idp-2", IDENTITY_ACCOUNT, EU, IDENTITY),
            Instance.of("idp-3", IDENTITY_ACCOUNT, US, IDENTITY),
            Instance.of("bastion", IDENTITY_ACCOUNT, EU, INFRASTRUCTURE),
            Instance.of("worker-1", IDENTITY_ACCOUNT, EU, INFRASTRUCTURE),
            Instance.of("worker-2", IDENTITY_ACCOUNT, EU, INFRASTRUCTURE),
            Instance.of("worker-3", IDENTITY_ACCOUNT, EU, INFRASTRUCTURE),
            Instance.of("worker-4", IDENTITY_ACCOUNT, US, INFRASTRUCTURE),
            Instance.of("worker-5", IDENTITY_ACCOUNT, US, INFRASTRUCTURE));

    private DemoEstate() {
    }

    static Instance instance(String name) {
        return INSTANCES.stream().filter(instance -> instance.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo instance " + name));
    }

    static Person person(String name) {
        return PEOPLE.stream().filter(person -> person.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo person " + name));
    }

    /** The instances of a project in one account and region. */
    static List<Instance> instances(String project, String account, String region) {
        return INSTANCES.stream().filter(instance -> instance.project().equals(project)
                && instance.account().equals(account) && instance.region().equals(region)).toList();
    }

    static List<Instance> instancesOf(String project) {
        return INSTANCES.stream().filter(instance -> instance.project().equals(project)).toList();
    }

    /** Where a region's instances reach the internet from. */
    static Place egress(String region) {
        return region.equals(EU) ? AWS_DUBLIN : AWS_VIRGINIA;
    }
}
