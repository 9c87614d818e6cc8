# Models for the research app: see the issue for seed research.
