"""Letters: from the Computation and the claim to each letter's content and header."""
