package org.normative.dsl.serializer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.acceptor.SequenceFeeder;
import org.eclipse.xtext.serializer.sequencer.ITransientValueService.ValueTransient;
import org.normative.dsl.services.NormativeGrammarAccess;
import org.normative.dsl.services.NormativeGrammarAccess.StandardElements;
import org.normative.model.NormativePackage;
import org.normative.model.Standard;

import com.google.inject.Inject;

/**
 * Serializes a {@link Standard} in the order of its rule, instead of Xtext's generic sequencer.
 * The generic one approximates the unordered group of the standard's header (title, publisher,
 * status, issued, languages, license) by a loop, and so writes a standard with two languages as
 * {@code languages en languages zh}, which does not parse: the header's statements may each occur
 * once. Here the languages are one {@code languages en, zh} statement.
 * <p>
 * The statements of each part of the rule (the header; sections and principles; roles, profiles,
 * terms and releases) keep the order they have in the parsed file; new ones follow the statement
 * before them in the rule's order.
 */
public class StandardSequencer extends NormativeSemanticSequencer {

    private static final NormativePackage PACKAGE = NormativePackage.eINSTANCE;

    @Inject
    private NormativeGrammarAccess grammar;

    @Override
    protected void sequence_Standard(ISerializationContext context, Standard standard) {
        StandardElements rule = grammar.getStandardAccess();
        if (errorAcceptor != null) {
            for (EStructuralFeature required : List.of(PACKAGE.getIdentified_Id(), PACKAGE.getStandard_Version())) {
                if (transientValues.isValueTransient(standard, required) == ValueTransient.YES) {
                    errorAcceptor.accept(diagnosticProvider.createFeatureValueMissing(standard, required));
                }
            }
        }
        SequenceFeeder feeder = createSequencerFeeder(context, standard);
        feeder.accept(rule.getIdQualifiedIdParserRuleCall_1_0(), standard.getId());
        feeder.accept(rule.getVersionVersionParserRuleCall_3_0(), standard.getVersion());

        Statements header = new Statements(standard);
        if (standard.getTitle() != null) {
            header.add(PACKAGE.getStandard_Title(), 0,
                    () -> feeder.accept(rule.getTitleTextParserRuleCall_5_0_1_0(), standard.getTitle()));
        }
        if (standard.getPublisher() != null) {
            header.add(PACKAGE.getStandard_Publisher(), 0,
                    () -> feeder.accept(rule.getPublisherTextParserRuleCall_5_1_1_0(), standard.getPublisher()));
        }
        // 'status draft' is the default value: written when set or when the parsed file has it
        if (standard.eIsSet(PACKAGE.getStandard_Status()) || !nodes(standard, PACKAGE.getStandard_Status()).isEmpty()) {
            header.add(PACKAGE.getStandard_Status(), 0,
                    () -> feeder.accept(rule.getStatusStandardStatusEnumRuleCall_5_2_1_0(), standard.getStatus()));
        }
        if (standard.getIssued() != null) {
            header.add(PACKAGE.getStandard_Issued(), 0,
                    () -> feeder.accept(rule.getIssuedDATETerminalRuleCall_5_3_1_0(), standard.getIssued()));
        }
        if (!standard.getLanguages().isEmpty()) {
            header.add(PACKAGE.getStandard_Languages(), 0, () -> {
                for (int i = 0; i < standard.getLanguages().size(); i++) {
                    feeder.accept(i == 0 ? rule.getLanguagesLanguageCodeParserRuleCall_5_4_1_0()
                            : rule.getLanguagesLanguageCodeParserRuleCall_5_4_2_1_0(), standard.getLanguages().get(i), i);
                }
            });
        }
        if (standard.getLicense() != null) {
            header.add(PACKAGE.getStandard_License(), 0,
                    () -> feeder.accept(rule.getLicenseSTRINGTerminalRuleCall_5_5_1_0(), standard.getLicense()));
        }
        header.emit();

        Statements front = new Statements(standard);
        for (int i = 0; i < standard.getSections().size(); i++) {
            int index = i;
            front.add(PACKAGE.getStandard_Sections(), index, () -> feeder.accept(
                    rule.getSectionsSectionParserRuleCall_6_0_0(), standard.getSections().get(index), index));
        }
        for (int i = 0; i < standard.getPrinciples().size(); i++) {
            int index = i;
            front.add(PACKAGE.getStandard_Principles(), index, () -> feeder.accept(
                    rule.getPrinciplesPrincipleParserRuleCall_6_1_0(), standard.getPrinciples().get(index), index));
        }
        front.emit();

        if (standard.getTierScheme() != null) {
            feeder.accept(rule.getTierSchemeTierSchemeParserRuleCall_7_0(), standard.getTierScheme());
        }

        Statements body = new Statements(standard);
        for (int i = 0; i < standard.getRoles().size(); i++) {
            int index = i;
            body.add(PACKAGE.getStandard_Roles(), index, () -> feeder.accept(
                    rule.getRolesRoleParserRuleCall_8_0_0(), standard.getRoles().get(index), index));
        }
        for (int i = 0; i < standard.getProfiles().size(); i++) {
            int index = i;
            body.add(PACKAGE.getStandard_Profiles(), index, () -> feeder.accept(
                    rule.getProfilesProfileParserRuleCall_8_1_0(), standard.getProfiles().get(index), index));
        }
        for (int i = 0; i < standard.getTerms().size(); i++) {
            int index = i;
            body.add(PACKAGE.getStandard_Terms(), index, () -> feeder.accept(
                    rule.getTermsTermParserRuleCall_8_2_0(), standard.getTerms().get(index), index));
        }
        for (int i = 0; i < standard.getReleases().size(); i++) {
            int index = i;
            body.add(PACKAGE.getStandard_Releases(), index, () -> feeder.accept(
                    rule.getReleasesReleaseParserRuleCall_8_3_0(), standard.getReleases().get(index), index));
        }
        body.emit();

        feeder.finish();
    }

    private static List<INode> nodes(EObject object, EStructuralFeature feature) {
        return NodeModelUtils.findNodesForFeature(object, feature);
    }

    /**
     * Statements that the rule allows in any order, added in the rule's order and written in the
     * order of the parsed file: each is sorted by the offset of its text, a new one (without text)
     * right after the statement added before it; the statements of one list keep their list order.
     */
    private static final class Statements {

        private record Statement(int key, Runnable write) {
        }

        private final EObject owner;
        private final List<Statement> statements = new ArrayList<>();
        private EStructuralFeature lastFeature;
        private int lastKeyOfFeature = -1;
        private int lastKey = -1;

        Statements(EObject owner) {
            this.owner = owner;
        }

        void add(EStructuralFeature feature, int index, Runnable write) {
            if (feature != lastFeature) {
                lastFeature = feature;
                lastKeyOfFeature = -1;
            }
            int offset = offset(feature, index);
            int key = offset < 0 ? lastKey : Math.max(offset, lastKeyOfFeature);
            lastKeyOfFeature = key;
            lastKey = key;
            statements.add(new Statement(key, write));
        }

        void emit() {
            // a stable sort: statements of equal keys stay in the rule's order
            statements.sort(Comparator.comparingInt(Statement::key));
            statements.forEach(statement -> statement.write().run());
        }

        private int offset(EStructuralFeature feature, int index) {
            if (feature instanceof org.eclipse.emf.ecore.EReference reference && reference.isContainment()) {
                Object value = owner.eGet(feature);
                EObject child = (EObject) (feature.isMany() ? ((List<?>) value).get(index) : value);
                INode node = NodeModelUtils.getNode(child);
                return node == null ? -1 : node.getOffset();
            }
            List<INode> nodes = nodes(owner, feature);
            return nodes.isEmpty() ? -1 : nodes.get(0).getOffset();
        }
    }
}
