import { describe, expect, it } from "vitest";
import {
  ARGO_FIELD_NAME_MAX_LENGTH,
  ARGO_FIELD_NAME_PATTERN,
  CRON_RUN_SUFFIX_LENGTH,
  CRON_WORKFLOW_NAME_MAX_LENGTH,
  SPARK_APPLICATION_NAME_MAX_LENGTH,
  WORKFLOW_NAME_MAX_LENGTH,
  checkSparkApplicationName,
  checkTaskName,
  sparkAppNameBudget,
  workflowRunNameLength,
} from "../../src/units/index.js";

describe("limits", () => {
  it("keeps a cron run name within the Workflow limit", () => {
    expect(CRON_WORKFLOW_NAME_MAX_LENGTH + CRON_RUN_SUFFIX_LENGTH).toBe(WORKFLOW_NAME_MAX_LENGTH);
    // Argo names runs <cron-name>-<unix seconds>; seconds have 10 digits until 2286.
    expect(`-${Math.floor(Date.UTC(2286, 0, 1) / 1000) - 1}`.length).toBe(CRON_RUN_SUFFIX_LENGTH);
  });

  it("leaves room for the operator's longest fixed suffix", () => {
    expect(SPARK_APPLICATION_NAME_MAX_LENGTH + "-ui-svc".length).toBe(63);
  });

  it("matches Argo's task name rule", () => {
    expect(ARGO_FIELD_NAME_PATTERN.test("My-name1-2")).toBe(true);
    expect(ARGO_FIELD_NAME_PATTERN.test("-name")).toBe(false);
    expect(ARGO_FIELD_NAME_MAX_LENGTH).toBe(128);
  });
});

describe("checkTaskName", () => {
  it.each([
    { name: "lowercase with dashes", value: "load-orders", ok: true },
    { name: "uppercase (Argo allows, Kubernetes names do not)", value: "LoadOrders", ok: false },
    { name: "leading digit (Argo rejects with depends)", value: "1-load", ok: false },
    { name: "underscore", value: "load_orders", ok: false },
    { name: "64 characters", value: "a".repeat(64), ok: false },
    { name: "empty", value: "", ok: false },
  ])("$name: $value → $ok", ({ value, ok }) => {
    expect(checkTaskName(value).ok).toBe(ok);
  });
});

describe("checkSparkApplicationName", () => {
  it.each([
    { name: "typical", value: "orders-daily-1735689600-load", ok: true },
    { name: "exactly 56", value: `a${"b".repeat(55)}`, ok: true },
    { name: "57 characters", value: `a${"b".repeat(56)}`, ok: false },
    { name: "starts with a digit (Service names are RFC 1035)", value: "1-load", ok: false },
  ])("$name → $ok", ({ value, ok }) => {
    expect(checkSparkApplicationName(value).ok).toBe(ok);
  });
});

describe("workflowRunNameLength", () => {
  it.each([
    { name: "fixed name", naming: { kind: "name", name: "orders" }, length: 6 },
    { name: "generateName", naming: { kind: "generateName", prefix: "orders-" }, length: 12 },
    { name: "long generateName is cut to 58", naming: { kind: "generateName", prefix: "a".repeat(70) }, length: 63 },
    { name: "cron run", naming: { kind: "cron", cronWorkflowName: "orders-daily" }, length: 23 },
  ] as const)("$name → $length", ({ naming, length }) => {
    expect(workflowRunNameLength(naming)).toBe(length);
  });
});

describe("sparkAppNameBudget", () => {
  const cronRun = workflowRunNameLength({ kind: "cron", cronWorkflowName: "orders-daily" }); // 23

  it.each([
    { name: "short task", task: "load", ok: true, length: 28, slack: 28 },
    { name: "exactly at the limit", task: "t".repeat(32), ok: true, length: 56, slack: 0 },
    { name: "one over", task: "t".repeat(33), ok: false, length: 57, slack: 1 },
    { name: "ten over", task: "t".repeat(42), ok: false, length: 66, slack: 10 },
  ])("$name", ({ task, ok, length, slack }) => {
    const budget = sparkAppNameBudget(cronRun, task);
    expect(budget.ok).toBe(ok);
    expect(budget.length).toBe(length);
    expect(budget.ok ? budget.spare : budget.over).toBe(slack);
  });

  it("never fits under a maximal cron name", () => {
    const longest = workflowRunNameLength({ kind: "cron", cronWorkflowName: "c".repeat(CRON_WORKFLOW_NAME_MAX_LENGTH) });
    const budget = sparkAppNameBudget(longest, "a");
    expect(budget.ok ? 0 : budget.over).toBe(longest + 2 - SPARK_APPLICATION_NAME_MAX_LENGTH);
  });

  it("takes a custom maximum", () => {
    expect(sparkAppNameBudget(60, "a", 63).ok).toBe(true);
    expect(sparkAppNameBudget(62, "a", 63).ok).toBe(false);
  });
});
