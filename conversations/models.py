# Models for the conversations app: see the issue for seed conversations.
