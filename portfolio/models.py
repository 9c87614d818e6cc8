# Models for the portfolio app: see the issue for seed portfolio.
