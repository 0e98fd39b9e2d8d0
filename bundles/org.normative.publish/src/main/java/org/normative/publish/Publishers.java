package org.normative.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.normative.dsl.project.ProjectException;
import org.normative.publish.docx.DocxPublisher;
import org.normative.publish.json.JsonPublisher;

/** The formats an edition can be published in, selected by name. */
public final class Publishers {

    private final Map<String, Publisher> byName = new LinkedHashMap<>();

    public Publishers(List<? extends Publisher> publishers) {
        for (Publisher publisher : publishers) {
            if (byName.putIfAbsent(publisher.name(), publisher) != null) {
                throw new IllegalArgumentException("two publishers named '" + publisher.name() + "'");
            }
        }
    }

    /** Every format of Normative, in the order they are published: add a new format here. */
    public static Publishers standard() {
        return new Publishers(List.of(new DocxPublisher(), new JsonPublisher()));
    }

    /** The names of the formats, in order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public Optional<Publisher> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The publishers of {@code names} in the order given (duplicates dropped); every format when
     * {@code names} is empty.
     *
     * @throws ProjectException for a name that is not a format
     */
    public List<Publisher> select(List<String> names) throws ProjectException {
        if (names == null || names.isEmpty()) {
            return List.copyOf(byName.values());
        }
        List<Publisher> selected = new ArrayList<>();
        for (String name : names) {
            Publisher publisher = byName.get(name.trim().toLowerCase(java.util.Locale.ROOT));
            if (publisher == null) {
                throw new ProjectException("unknown format '" + name + "' (formats: " + String.join(", ", names()) + ")");
            }
            if (!selected.contains(publisher)) {
                selected.add(publisher);
            }
        }
        return selected;
    }
}
