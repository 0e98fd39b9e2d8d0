package org.normative.publish.pdf;

import java.util.function.BiPredicate;
import java.util.function.Consumer;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;

/**
 * The only resource loader the PDF renderer gets: it refuses every URI (http, https, file, jar,
 * data, anything) and tells {@code refused} about each request. The document needs nothing
 * from outside: its style sheet is inline, its fonts are handed to the renderer as bytes of
 * this bundle, its charts are inline SVG. So whatever the text of a standard contains, the
 * renderer reads no file and opens no connection.
 */
final class OfflineResources implements FSUriResolver, FSStreamFactory, BiPredicate<String, ExternalResourceType> {

    /** The base URI of the document: a name, never resolved. */
    static final String BASE_URI = "urn:normative:edition";

    private final Consumer<String> refused;

    OfflineResources(Consumer<String> refused) {
        this.refused = refused;
    }

    @Override
    public String resolveURI(String baseUri, String uri) {
        refused.accept(uri);
        return null;
    }

    @Override
    public FSStream getUrl(String url) {
        refused.accept(url);
        throw new SecurityException("the PDF edition loads nothing from outside: " + url);
    }

    /** The renderer's access control: no external resource of any kind. */
    @Override
    public boolean test(String uri, ExternalResourceType type) {
        refused.accept(uri);
        return false;
    }
}
