package org.officina.planning.web;

import java.util.Optional;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.PeggingNode;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The pegging tree the workbench shows for a reference: up from a planned order named PLN-n, or
 * down from a demand line named NUMBER/LINE, every node expanded.
 */
final class PeggingTrees {

  private PeggingTrees() {}

  /** The tree under an unshown root, or null when the reference names nothing in the run. */
  static TreeNode<PeggingNode> of(MrpRunService runs, Long runId, String reference) {
    return root(runs, runId, reference).map(PeggingTrees::tree).orElse(null);
  }

  private static Optional<PeggingNode> root(MrpRunService runs, Long runId, String reference) {
    if (reference.startsWith("PLN-")) {
      try {
        return runs.peggingOfPlannedOrder(runId, Integer.parseInt(reference.substring(4)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (reference.contains("/")) {
      int slash = reference.lastIndexOf('/');
      try {
        return runs.peggingOfDemand(
            runId, reference.substring(0, slash), Integer.parseInt(reference.substring(slash + 1)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static TreeNode<PeggingNode> tree(PeggingNode root) {
    TreeNode<PeggingNode> top = new DefaultTreeNode<>(null, null);
    add(root, top);
    return top;
  }

  private static void add(PeggingNode node, TreeNode<PeggingNode> parent) {
    TreeNode<PeggingNode> treeNode = new DefaultTreeNode<>(node, parent);
    treeNode.setExpanded(true);
    node.children().forEach(child -> add(child, treeNode));
  }
}
