package io.vigil.sources.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.Normalizer;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.sources.finding.FindingDocuments;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.json.JsonFields;
import io.vigil.sources.json.Quoted;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One bare Amazon Inspector finding to its finding event and latest state ({@link FindingDocuments}).
 * Which Inspector wrote it is told from its content: a v2 finding has a {@code findingArn}
 * ({@link InspectorV2Finding}), a Classic one an Inspector {@code arn} with its service's attributes
 * ({@link ClassicFinding}). Anything else is refused with the reason.
 */
public final class InspectorNormalizer implements Normalizer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int NAMES_IN_MESSAGE = 8;

    @Override
    public void normalize(RawRecord record, Consumer<Document> out) throws BadRecordException {
        JsonFields finding = JsonFields.of(parse(record.text()));
        FindingUpdate update;
        if (InspectorV2Finding.is(finding)) {
            update = InspectorV2Finding.read(finding);
        } else if (ClassicFinding.is(finding)) {
            update = ClassicFinding.read(finding);
        } else {
            throw new BadRecordException(notAFinding(finding));
        }
        FindingDocuments.emit(update, record.location(), out);
    }

    private static JsonNode parse(String text) throws BadRecordException {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRecordException("invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRecordException("a JSON " + (node == null || node.isMissingNode() ? "text with no value"
                    : node.getNodeType().name().toLowerCase(Locale.ROOT))
                    + " where an Inspector finding object was expected");
        }
        return node;
    }

    private static String notAFinding(JsonFields finding) {
        JsonNode object = finding.node();
        if (object.isEmpty()) {
            return "an empty JSON object: not an Inspector finding (a v2 finding has findingArn, a Classic one arn)";
        }
        String detailType = finding.text("detail-type");
        if (detailType != null) {
            return "the EventBridge event " + Quoted.of(detailType) + " holds no Inspector finding";
        }
        List<String> names = new ArrayList<>();
        Iterator<String> fields = object.fieldNames();
        while (fields.hasNext() && names.size() < NAMES_IN_MESSAGE) {
            names.add(Quoted.of(fields.next()));
        }
        return "not an Inspector finding: it has neither findingArn (Inspector v2) nor an Inspector arn with "
                + "serviceAttributes or assetAttributes (Inspector Classic); its fields: " + String.join(", ", names)
                + (object.size() > names.size() ? " and " + (object.size() - names.size()) + " more" : "");
    }
}
