{{/* Chart name, shortened to the 63 characters of a DNS label. */}}
{{- define "hikeshi.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name: release-chart, or the release name alone when it already contains the chart name. */}}
{{- define "hikeshi.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "hikeshi.selectorLabels" -}}
app.kubernetes.io/name: {{ include "hikeshi.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "hikeshi.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "hikeshi.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "hikeshi.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "hikeshi.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The image: the PostgreSQL variant of appVersion unless a tag is given; a digest pins it. */}}
{{- define "hikeshi.image" -}}
{{- $tag := .Values.image.tag }}
{{- if not $tag }}
{{- $tag = ternary (printf "%s-postgresql" .Chart.AppVersion) .Chart.AppVersion (eq .Values.database.mode "postgresql") }}
{{- end }}
{{- if .Values.image.digest }}
{{- printf "%s:%s@%s" .Values.image.repository $tag .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository $tag }}
{{- end }}
{{- end }}

{{/* Name of the Secret the chart creates for inline credentials. */}}
{{- define "hikeshi.secretName" -}}
{{- include "hikeshi.fullname" . }}
{{- end }}

{{/* Inline credentials that go into the chart-created Secret: env name → value, only those set and in use. */}}
{{- define "hikeshi.inlineSecrets" -}}
{{- $s := dict }}
{{- $v := .Values }}
{{- if not $v.slack.existingSecret }}
{{- with $v.slack.botToken }}{{ $_ := set $s "SLACK_BOT_TOKEN" . }}{{ end }}
{{- if eq $v.slack.mode "http" }}
{{- with $v.slack.signingSecret }}{{ $_ := set $s "SLACK_SIGNING_SECRET" . }}{{ end }}
{{- else }}
{{- with $v.slack.appToken }}{{ $_ := set $s "SLACK_APP_TOKEN" . }}{{ end }}
{{- end }}
{{- end }}
{{- if not $v.llm.existingSecret }}
{{- with $v.llm.apiKey }}{{ $_ := set $s "LLM_API_KEY" . }}{{ end }}
{{- end }}
{{- if not $v.web.oidc.existingSecret }}
{{- with $v.web.oidc.clientSecret }}{{ $_ := set $s "QUARKUS_OIDC_CREDENTIALS_SECRET" . }}{{ end }}
{{- end }}
{{- if and (eq $v.database.mode "postgresql") (not $v.database.postgresql.existingSecret) }}
{{- with $v.database.postgresql.password }}{{ $_ := set $s "QUARKUS_DATASOURCE_PASSWORD" . }}{{ end }}
{{- end }}
{{- if not $v.alerts.existingSecret }}
{{- with $v.alerts.alertmanagerToken }}{{ $_ := set $s "HIKESHI_ALERTS_ALERTMANAGER_TOKEN" . }}{{ end }}
{{- with $v.alerts.grafanaToken }}{{ $_ := set $s "HIKESHI_ALERTS_GRAFANA_TOKEN" . }}{{ end }}
{{- with $v.alerts.webhookToken }}{{ $_ := set $s "HIKESHI_ALERTS_WEBHOOK_TOKEN" . }}{{ end }}
{{- end }}
{{- toYaml $s }}
{{- end }}

{{/* One env entry taken from a Secret key. Arguments: list env-name secret-name key. */}}
{{- define "hikeshi.secretEnv" -}}
- name: {{ index . 0 }}
  valueFrom:
    secretKeyRef:
      name: {{ index . 1 }}
      key: {{ index . 2 }}
{{- end }}

{{/*
The alert endpoints that are on: source → env name, secret name, key (optional: a key missing from an existing
Secret leaves its endpoint off, as an unset token does).
*/}}
{{- define "hikeshi.alertTokens" -}}
{{- $v := .Values }}
{{- $fullname := include "hikeshi.fullname" . }}
{{- $inline := include "hikeshi.inlineSecrets" . | fromYaml }}
{{- $s := dict }}
{{- range $source := list "alertmanager" "grafana" "webhook" }}
{{- $env := printf "HIKESHI_ALERTS_%s_TOKEN" (upper $source) }}
{{- if $v.alerts.existingSecret }}
{{- with index $v.alerts.secretKeys $source }}
{{- $_ := set $s $source (dict "env" $env "secret" $v.alerts.existingSecret "key" . "optional" true) }}
{{- end }}
{{- else if hasKey $inline $env }}
{{- $_ := set $s $source (dict "env" $env "secret" $fullname "key" $env "optional" false) }}
{{- end }}
{{- end }}
{{- toYaml $s }}
{{- end }}

{{/* Whether the chart creates the ConfigMap of a template directory. Argument: the runbooks or postmortem values. */}}
{{- define "hikeshi.ownsTemplates" -}}
{{- if and (not .existingConfigMap) .files }}true{{ end }}
{{- end }}

{{/* Stops rendering with a clear message when values contradict each other. */}}
{{- define "hikeshi.validate" -}}
{{- $v := .Values }}
{{- if and (eq $v.database.mode "h2") (gt (int $v.replicaCount) 1) }}
{{- fail (printf "\n\nhikeshi: database.mode=h2 allows only one replica, but replicaCount is %d. The embedded H2 database is a file that belongs to one process; two pods cannot share it.\nFor several replicas use PostgreSQL: --set database.mode=postgresql --set database.postgresql.jdbcUrl=jdbc:postgresql://HOST:5432/DB (and the PostgreSQL image variant, chosen automatically unless image.tag is set).\n" (int $v.replicaCount)) }}
{{- end }}
{{- if and (eq $v.database.mode "postgresql") (not $v.database.postgresql.jdbcUrl) }}
{{- fail "\n\nhikeshi: database.mode=postgresql needs database.postgresql.jdbcUrl, e.g. jdbc:postgresql://db.internal:5432/hikeshi.\n" }}
{{- end }}
{{- if and (eq $v.slack.mode "socket") (not $v.slack.existingSecret) (not $v.slack.appToken) }}
{{- fail "\n\nhikeshi: slack.mode=socket connects with the app-level token (xapp-…): set slack.appToken, or slack.existingSecret with the key slack.secretKeys.appToken.\n" }}
{{- end }}
{{- range $dir := list "runbooks" "postmortem" "history" }}
{{- $t := index $v.templates $dir }}
{{- if and $t.existingConfigMap $t.files }}
{{- fail (printf "\n\nhikeshi: set either templates.%s.existingConfigMap or templates.%s.files, not both.\n" $dir $dir) }}
{{- end }}
{{- end }}
{{- if and $v.alerts.routes.existingConfigMap $v.alerts.routes.files }}
{{- fail "\n\nhikeshi: set either alerts.routes.existingConfigMap or alerts.routes.files, not both.\n" }}
{{- end }}
{{- if and $v.podDisruptionBudget.enabled (not (kindIs "invalid" $v.podDisruptionBudget.minAvailable)) (not (kindIs "invalid" $v.podDisruptionBudget.maxUnavailable)) }}
{{- fail "\n\nhikeshi: podDisruptionBudget takes minAvailable or maxUnavailable, not both: set the other to null.\n" }}
{{- end }}
{{- end }}
