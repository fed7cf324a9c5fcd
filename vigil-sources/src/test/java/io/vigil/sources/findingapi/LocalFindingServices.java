package io.vigil.sources.findingapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inspector v2, GuardDuty and Security Hub in one local HTTP server, speaking their rest-json
 * protocols to the real SDK clients: the service is the one the request is signed for, the account
 * the signing key. Each serves the findings it was given (in their wire form) filtered on the update
 * time window of the request and paginated with an opaque {@code nextToken}, a few per page to force
 * pagination. It answers as the services do when asked: throttling once ({@code 400},
 * {@code x-amzn-ErrorType: ThrottlingException}, {@code {"message":"Rate exceeded"}}), and refusing
 * an expired session token ({@code 403}, {@code ExpiredTokenException}). Every request is recorded.
 */
final class LocalFindingServices implements AutoCloseable {

    /** The only GuardDuty detector of the region. */
    static final String DETECTOR = "d4b040365221be2b54a6264dcexample";
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request");
    private static final Pattern GUARDDUTY_FINDINGS = Pattern.compile("/detector/([^/]+)/findings(/get)?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One request as received. */
    record Request(String service, String accessKey, String region, String method, String path, JsonNode body) {
    }

    /** An answer: a JSON body, or an error of the type the services name in {@code x-amzn-ErrorType}. */
    private record Answer(int status, String errorType, JsonNode body) {

        static Answer ok(JsonNode body) {
            return new Answer(200, null, body);
        }

        static Answer error(int status, String errorType, String message) {
            return new Answer(status, errorType, NODES.objectNode().put("message", message));
        }
    }

    private final HttpServer server;
    private final int pageSize;
    private final Map<String, List<ObjectNode>> findings = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Set<String> expiredKeys = ConcurrentHashMap.newKeySet();
    private final List<Predicate<Request>> throttles = new CopyOnWriteArrayList<>();

    private LocalFindingServices(HttpServer server, int pageSize) {
        this.server = server;
        this.pageSize = pageSize;
    }

    static LocalFindingServices start(int pageSize) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        LocalFindingServices services = new LocalFindingServices(server, pageSize);
        server.createContext("/", services::handle);
        server.start();
        return services;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The findings a service holds, in its wire form: {@code inspector2}, {@code guardduty} or {@code securityhub}. */
    void serve(String service, List<ObjectNode> wireFindings) {
        findings.put(service, List.copyOf(wireFindings));
    }

    /** Requests signed with this key are refused as signed with an expired session token. */
    void expire(String accessKey) {
        expiredKeys.add(accessKey);
    }

    /** The first request that matches is answered with a throttling error (the SDK's retry sends it again). */
    void throttleOnce(Predicate<Request> request) {
        throttles.add(request);
    }

    List<Request> requests(String service) {
        return requests.stream().filter(request -> request.service().equals(service)).toList();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Forgets the requests received and the throttling errors not yet given. */
    void reset() {
        requests.clear();
        throttles.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Matcher signed = CREDENTIAL.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            Answer answer;
            if (signed.find()) {
                Request request = new Request(signed.group(3), signed.group(1), signed.group(2),
                        exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        body.length == 0 ? NODES.objectNode() : JSON.readTree(body));
                requests.add(request);
                answer = answer(request);
            } else {
                answer = Answer.error(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
            if (answer.errorType() != null) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType",
                        answer.errorType() + ":http://internal.amazon.com/coral/com.amazon.coral.service/");
            }
            byte[] content = JSON.writeValueAsBytes(answer.body());
            exchange.sendResponseHeaders(answer.status(), content.length);
            exchange.getResponseBody().write(content);
        }
    }

    private Answer answer(Request request) {
        if (expiredKeys.contains(request.accessKey())) {
            return Answer.error(403, "ExpiredTokenException", "The security token included in the request is expired");
        }
        for (Predicate<Request> throttle : throttles) {
            if (throttle.test(request) && throttles.remove(throttle)) {
                return Answer.error(400, "ThrottlingException", "Rate exceeded");
            }
        }
        Answer answer = switch (request.service()) {
            case "inspector2" -> inspector(request);
            case "guardduty" -> guardDuty(request);
            case "securityhub" -> securityHub(request);
            default -> null;
        };
        return answer != null ? answer
                : Answer.error(404, "UnknownOperationException", request.method() + " " + request.path());
    }

    /** {@code POST /findings/list}: ListFindings, filterCriteria.updatedAt in epoch seconds. */
    private Answer inspector(Request request) {
        if (!request.path().equals("/findings/list")) {
            return null;
        }
        JsonNode window = request.body().at("/filterCriteria/updatedAt/0");
        List<ObjectNode> matching = within(findings.getOrDefault("inspector2", List.of()),
                finding -> epochSeconds(finding.get("updatedAt")),
                epochSeconds(window.get("startInclusive")), epochSeconds(window.get("endInclusive")));
        return page(request.body(), matching, "findings", "maxResults", "nextToken", 100, "ValidationException");
    }

    /**
     * {@code GET /detector}: ListDetectors; {@code POST /detector/<id>/findings}: ListFindings, criterion
     * {@code updatedAt} in epoch milliseconds, sorted as asked; {@code POST /detector/<id>/findings/get}:
     * GetFindings of at most 50 ids.
     */
    private Answer guardDuty(Request request) {
        if (request.method().equals("GET") && request.path().equals("/detector")) {
            return Answer.ok(NODES.objectNode().set("detectorIds", NODES.arrayNode().add(DETECTOR)));
        }
        Matcher findingsPath = GUARDDUTY_FINDINGS.matcher(request.path());
        if (!findingsPath.matches() || !findingsPath.group(1).equals(DETECTOR)) {
            return null;
        }
        List<ObjectNode> held = findings.getOrDefault("guardduty", List.of());
        if (findingsPath.group(2) != null) {
            JsonNode ids = request.body().get("findingIds");
            if (ids.size() > 50) {
                return Answer.error(400, "BadRequestException", "findingIds: at most 50 ids");
            }
            ArrayNode found = NODES.arrayNode();
            ids.forEach(id -> held.stream().filter(finding -> finding.get("id").asText().equals(id.asText()))
                    .findFirst().ifPresent(found::add));
            return Answer.ok(NODES.objectNode().set("findings", found));
        }
        JsonNode window = request.body().at("/findingCriteria/criterion/updatedAt");
        List<ObjectNode> matching = new ArrayList<>(within(held, finding -> isoTime(finding.get("updatedAt")),
                Instant.ofEpochMilli(window.get("greaterThanOrEqual").asLong()),
                Instant.ofEpochMilli(window.get("lessThanOrEqual").asLong())));
        if (request.body().at("/sortCriteria/attributeName").asText().equals("updatedAt")) {
            Comparator<ObjectNode> byUpdate = Comparator.comparing(finding -> isoTime(finding.get("updatedAt")));
            matching.sort(request.body().at("/sortCriteria/orderBy").asText().equals("DESC") ? byUpdate.reversed() : byUpdate);
        }
        Answer page = page(request.body(), matching, "findings", "maxResults", "nextToken", 50, "BadRequestException");
        if (page.errorType() != null) {
            return page;
        }
        ObjectNode listed = (ObjectNode) page.body();
        ArrayNode ids = NODES.arrayNode();
        listed.remove("findings").forEach(finding -> ids.add(finding.get("id")));
        return Answer.ok(listed.set("findingIds", ids));
    }

    /** {@code POST /findings}: GetFindings, Filters.UpdatedAt with ISO-8601 Start and End. */
    private Answer securityHub(Request request) {
        if (!request.path().equals("/findings")) {
            return null;
        }
        JsonNode window = request.body().at("/Filters/UpdatedAt/0");
        List<ObjectNode> matching = within(findings.getOrDefault("securityhub", List.of()),
                finding -> isoTime(finding.get("UpdatedAt")), isoTime(window.get("Start")), isoTime(window.get("End")));
        return page(request.body(), matching, "Findings", "MaxResults", "NextToken", 100, "InvalidInputException");
    }

    private static List<ObjectNode> within(List<ObjectNode> held, Function<ObjectNode, Instant> updatedAt,
                                           Instant start, Instant end) {
        return held.stream().filter(finding -> {
            Instant at = updatedAt.apply(finding);
            return !at.isBefore(start) && !at.isAfter(end);
        }).toList();
    }

    /** One page of the matching findings: the token is the offset of the next page. */
    private Answer page(JsonNode body, List<ObjectNode> matching, String member, String maxMember,
                        String tokenMember, int maxResults, String invalid) {
        int asked = body.path(maxMember).asInt(maxResults);
        if (asked < 1 || asked > maxResults) {
            return Answer.error(400, invalid, maxMember + " must be 1 to " + maxResults);
        }
        int from = body.hasNonNull(tokenMember) ? Integer.parseInt(body.get(tokenMember).asText().substring("offset-".length())) : 0;
        int to = Math.min(matching.size(), from + Math.min(asked, pageSize));
        ObjectNode page = NODES.objectNode();
        ArrayNode list = page.putArray(member);
        matching.subList(from, to).forEach(list::add);
        if (to < matching.size()) {
            page.put(tokenMember, "offset-" + to);
        }
        return Answer.ok(page);
    }

    static Instant epochSeconds(JsonNode seconds) {
        BigDecimal value = seconds.decimalValue();
        return Instant.ofEpochMilli(value.movePointRight(3).longValue());
    }

    static Instant isoTime(JsonNode text) {
        return OffsetDateTime.parse(text.asText()).toInstant();
    }
}
