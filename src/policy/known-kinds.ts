// Kinds a policy may name without a warning: pipeforge's own subjects, what
// it renders, and the kinds a team folder commonly holds. Kinds this run
// actually renders are added by the engine.
export const KNOWN_KINDS: readonly string[] = [
  "Pipeline", "Team",
  // rendered by pipeforge
  "Namespace", "ServiceAccount", "Role", "RoleBinding", "ResourceQuota", "EventBus", "EventSource", "Sensor",
  "WorkflowTemplate", "CronWorkflow", "SparkApplication", "AppProject", "ApplicationSet",
  // plain manifests
  "Workflow", "ClusterWorkflowTemplate", "WorkflowEventBinding", "ScheduledSparkApplication", "Application",
  "ConfigMap", "Secret", "Service", "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob",
  "NetworkPolicy", "Ingress", "PersistentVolumeClaim", "PodDisruptionBudget", "HorizontalPodAutoscaler", "LimitRange", "Endpoints",
];
