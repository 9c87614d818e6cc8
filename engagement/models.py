# Models for the engagement app: see the issue for seed engagement.
