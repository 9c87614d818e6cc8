# Models for the ideas app: see the issue for seed ideas.
