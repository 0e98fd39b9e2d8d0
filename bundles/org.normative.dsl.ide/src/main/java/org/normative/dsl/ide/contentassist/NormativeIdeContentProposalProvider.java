package org.normative.dsl.ide.contentassist;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.normative.dsl.index.StandardIndex;
import org.normative.model.Standard;
import org.normative.model.Tier;

import com.google.inject.Inject;

/**
 * Content assist of the {@code .norm} language beyond keywords and references: at a tier
 * number ({@code criterion |}, a profile's target tier) the levels of the standard's tier
 * scheme, with their names, instead of Xtext's placeholder (the feature name, {@code tier}).
 */
public class NormativeIdeContentProposalProvider extends IdeContentProposalProvider {

    @Inject
    private StandardIndex index;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if ("tier".equals(assignment.getFeature()) && assignment.getTerminal() instanceof RuleCall call
                && "INT".equals(call.getRule().getName())) {
            Standard standard = index.standardOf(context.getCurrentModel());
            if (standard != null && standard.getTierScheme() != null) {
                for (Tier tier : standard.getTierScheme().getTiers()) {
                    String level = Integer.toString(tier.getLevel());
                    ContentAssistEntry entry = getProposalCreator().createProposal(level, context, ContentAssistEntry.KIND_VALUE, null);
                    if (entry != null) {
                        entry.setLabel(level);
                        entry.setDescription(tier.getName() == null ? "tier" : tier.getName().getValue());
                        acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) + 10 - Math.min(tier.getLevel(), 9));
                    }
                }
            }
            return;
        }
        super._createProposals(assignment, context, acceptor);
    }
}
