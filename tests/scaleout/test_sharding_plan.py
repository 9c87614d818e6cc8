"""The sharding plan (docs/sharding-plan.toml) cannot go stale: every table is
classified, and every Citus rule a table breaks is listed as a change."""

import copy

from tests.scaleout.sharding import load_plan, problems


def test_the_plan_matches_the_models():
    found = problems(load_plan())
    assert not found, "docs/sharding-plan.toml is out of date:\n" + "\n".join(found)


def test_the_check_names_what_is_missing():
    plan = load_plan()
    broken = copy.deepcopy(plan)
    del broken["tables"]["conversations_conversation"]
    del broken["tables"]["conversations_agentmessage"]["changes"][
        "conversations_agentmessage_order_unique"
    ]
    del broken["tables"]["portfolio_portfolioholding"]["changes"]["fk portfolio_id"]
    broken["tables"]["ideas_gone"] = {"kind": "reference"}
    found = problems(broken)
    assert (
        "table conversations_conversation (conversations.Conversation) is not classified"
        " in docs/sharding-plan.toml"
    ) in found
    assert any(
        "conversations_agentmessage: unique 'conversations_agentmessage_order_unique'" in p
        and "lacks distribution column user_id" in p
        for p in found
    )
    assert any(p.startswith("portfolio_portfolioholding: foreign key portfolio_id") for p in found)
    assert "docs/sharding-plan.toml classifies ideas_gone, which no model has any more" in found
    assert len(found) == 4, found


def test_every_app_has_a_distribution_column():
    plan = load_plan()
    for app in ("accounts", "conversations", "ideas", "portfolio", "engagement", "research"):
        assert plan["apps"][app]["column"], app
