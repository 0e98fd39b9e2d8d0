package org.normative.diff.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normative.diff.Semver;

/** Release versions and pre-releases in the precedence of Semantic Versioning 2.0.0. */
class VersionTest {

    private static Version v(String text) {
        return Version.parse(text).orElseThrow(() -> new AssertionError("not a version: " + text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1.0", "1.2.3", "1.1.0-rc.1", "1.0.0-alpha", "1.0.0-alpha.beta", "1.0.0-0.3.7",
            "1.0.0-x.7.z.92", "1.0.0-x-y-z.--", "2.0.0-rc-1"})
    void aVersionIsReadAndWrittenAsItIs(String text) {
        assertEquals(text, v(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1", "01.0.0", "1.0.0-", "1.0.0-01", "1.0.0-rc..1", "1.0.0-rc.1+build.5", "1.0.0+build",
            "v1.0.0", "1.0.0-rc_1", "1.0.0 "})
    void whatIsNoReleaseVersionIsRefused(String text) {
        assertTrue(Version.parse(text).isEmpty(), text);
    }

    @Test
    void tagsMayStartWithV() {
        assertEquals(v("1.1.0-rc.1"), Version.ofTag("v1.1.0-rc.1").orElseThrow());
        assertEquals(v("1.1.0"), Version.ofTag("1.1.0").orElseThrow());
        assertTrue(Version.ofTag("release-1.1.0").isEmpty());
    }

    @Test
    void preReleasesComeBeforeTheirReleaseInSemverPrecedence() {
        // the example of the Semantic Versioning 2.0.0 specification, §11, and its neighbours
        List<Version> ordered = List.of(v("0.9.9"), v("1.0.0-alpha"), v("1.0.0-alpha.1"), v("1.0.0-alpha.beta"),
                v("1.0.0-beta"), v("1.0.0-beta.2"), v("1.0.0-beta.11"), v("1.0.0-rc.1"), v("1.0.0"), v("1.0.1-rc.1"),
                v("1.0.1"), v("1.1.0-0"), v("1.1.0-1"), v("1.1.0-2"), v("1.1.0-10"), v("1.1.0-a"), v("1.1.0"), v("2.0.0"));
        List<Version> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(7));
        Collections.sort(shuffled);
        assertEquals(ordered, shuffled);
        assertEquals(0, v("1.0.0-rc.1").compareTo(v("1.0.0-rc.1")));
        assertTrue(v("1.1.0-rc.1").isPreRelease());
        assertFalse(v("1.1.0").isPreRelease());
        assertEquals(v("1.1.0"), v("1.1.0-rc.1").release());
    }

    @Test
    void theBumpIsTheNumberThatGrew() {
        assertEquals(Semver.MINOR, v("1.1.0-rc.1").bumpFrom(v("1.0.0")));
        assertEquals(Semver.MAJOR, v("2.0.0-rc.1").bumpFrom(v("1.4.2")));
        assertEquals(Semver.PATCH, v("1.0.1-rc.1").bumpFrom(v("1.0.0")));
        assertEquals(Semver.PATCH, v("1.1.0").bumpFrom(v("1.1.0-rc.2")));
        assertEquals(Semver.PATCH, v("1.1.0-rc.2").bumpFrom(v("1.1.0-rc.1")));
        assertEquals(Semver.NONE, v("1.0.0-rc.1").bumpFrom(v("1.0.0")));
        assertEquals(Semver.NONE, v("1.1.0-rc.1").bumpFrom(v("1.1.0-rc.1")));
    }
}
