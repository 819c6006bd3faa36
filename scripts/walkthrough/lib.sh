# Shared by the walkthrough scripts: calls that print each step and answer, and fail on any
# answer other than the one expected. Needs bash, curl, grep and sed (no jq).
# BASE_URL (default http://localhost:8080) points at an app in the demo profile.
set -euo pipefail
trap 'fail "line $LINENO of $(basename "$0"): $BASH_COMMAND"' ERR

BASE_URL="${BASE_URL:-http://localhost:8080}"
PORTAL="${PORTAL_USER:-portal}:${PORTAL_PASSWORD:-demo}"
OPERATOR="${OPERATOR_USER:-admin}:${OPERATOR_PASSWORD:-demo}"
STAFF_PASSWORD="${STAFF_PASSWORD:-demo}"
WAIT_SECONDS="${WAIT_SECONDS:-90}"
ANSWER=""

for tool in curl grep sed; do
  command -v "$tool" >/dev/null || { echo "This walkthrough needs $tool." >&2; exit 2; }
done

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
note() { printf '   %s\n' "$*"; }
fail() { printf '\033[31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }

# call EXPECTED_STATUS CREDENTIALS METHOD PATH [JSON_BODY]: prints the call and the answer; the
# answer's body is left in $ANSWER.
call() {
  local expected=$1 credentials=$2 method=$3 path=$4 body=${5:-} out status type
  printf '   %s %s%s\n' "$method" "$path" "${body:+  $body}"
  out=$(mktemp)
  if [[ -n "$body" ]]; then
    status=$(curl -sS -o "$out" -w '%{http_code} %{content_type}' -u "$credentials" \
      -X "$method" -H 'Content-Type: application/json' --data "$body" "$BASE_URL$path")
  else
    status=$(curl -sS -o "$out" -w '%{http_code} %{content_type}' -u "$credentials" \
      -X "$method" "$BASE_URL$path")
  fi
  type=${status#* }; status=${status%% *}
  if [[ -z "$type" || "$type" == *json* || "$type" == text/* ]]; then
    ANSWER=$(cat "$out")
    printf '   -> %s %s\n' "$status" "$(printf '%s' "$ANSWER" | head -c 600)"
  else
    ANSWER=""
    printf '   -> %s (%s bytes of %s)\n' "$status" "$(wc -c <"$out" | tr -d ' ')" "$type"
  fi
  rm -f "$out"
  [[ "$status" == "$expected" ]] || fail "$method $path answered $status, expected $expected"
}

# field NAME [JSON]: the first string (or number/boolean) value of NAME in JSON (default $ANSWER).
field() {
  local json=${2:-$ANSWER}
  printf '%s' "$json" | grep -o "\"$1\" *: *\(\"[^\"]*\"\|[^,}\"]*\)" | head -1 \
    | sed -E 's/^"[^"]*" *: *"?//; s/"$//'
}

# dynamic_code SERIAL: the code the demo token shows, from a window not used before. A token accepts
# each code once, so wait for the next 60-second window before reading it.
dynamic_code() {
  local wait=$(( 61 - $(date +%s) % 60 ))
  note "waiting ${wait} s for token $1 to show a new code (each code is accepted once per minute)" >&2
  sleep "$wait"
  curl -sS -f -u "$PORTAL" "$BASE_URL/demo/devices/$1/dynamic-code" \
    | grep -o '"dynamicCode":"[0-9]*"' | grep -o '[0-9]\{6\}'
}

# until_ok DESCRIPTION COMMAND...: retries COMMAND every second for $WAIT_SECONDS.
until_ok() {
  local what=$1; shift
  for _ in $(seq 1 "$WAIT_SECONDS"); do
    if "$@"; then return 0; fi
    sleep 1
  done
  fail "waited ${WAIT_SECONDS} s for $what"
}

# wait_for_mail TEXT: waits until the demo mailbox lists a mail whose subject contains TEXT.
wait_for_mail() {
  note "waiting for the e-mail \"$1\" at $BASE_URL/demo/mail"
  until_ok "the e-mail \"$1\"" mail_listed "$1"
  note "received: \"$1\""
}
mail_listed() { curl -sS -f "$BASE_URL/demo/mail" | grep -qF "$1"; }

# wait_for_status CONFIRMATION STATUS: polls the portal's view of the case.
wait_for_status() {
  note "waiting for $1 to be $2"
  until_ok "$1 to be $2" status_is "$1" "$2"
  note "$1 is $2"
}
status_is() {
  [[ "$(curl -sS -f -u "$PORTAL" "$BASE_URL/api/v1/renewals/$1" | grep -o '"status":"[A-Z_]*"' \
    | head -1)" == "\"status\":\"$2\"" ]]
}

# task_id USER CONFIRMATION TASK_KEY: the id of the open task TASK_KEY of the case, as USER sees it
# through the engine REST API (what Tasklist shows), once it exists.
task_id() {
  local user=$1 key=$2 task=$3 id=""
  note "waiting for the task $task of $key in $user's Tasklist" >&2
  for _ in $(seq 1 "$WAIT_SECONDS"); do
    id=$(curl -sS -f -u "$user:$STAFF_PASSWORD" \
      "$BASE_URL/engine-rest/task?processInstanceBusinessKey=$key&taskDefinitionKey=$task" \
      | grep -o '"id":"[^"]*"' | head -1 | sed 's/"id":"//; s/"$//')
    [[ -n "$id" ]] && { printf '%s' "$id"; return 0; }
    sleep 1
  done
  fail "waited ${WAIT_SECONDS} s for the task $task of $key"
}

# complete_task USER TASK_ID VARIABLES_JSON: claims and completes a task as USER would in Tasklist.
complete_task() {
  call 204 "$1:$STAFF_PASSWORD" POST "/engine-rest/task/$2/claim" "{\"userId\":\"$1\"}"
  call 204 "$1:$STAFF_PASSWORD" POST "/engine-rest/task/$2/complete" "{\"variables\":$3}"
}

# upload_scan USER TASK_ID FILE: logs in to Tasklist as USER (session cookie and CSRF token, as a
# browser does) and attaches FILE as the scan of the signed paper at the task, as the form's
# "Adjuntar" does; prints the scan's id (the form sends it as scanIds).
upload_scan() {
  local user=$1 task=$2 file=$3 jar token id
  jar=$(mktemp)
  curl -sS -f -o /dev/null -c "$jar" -b "$jar" "$BASE_URL/camunda/app/tasklist/default/"
  token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar" | tail -1)
  curl -sS -f -o /dev/null -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $token" \
    --data-urlencode "username=$user" --data-urlencode "password=$STAFF_PASSWORD" \
    "$BASE_URL/camunda/api/admin/auth/user/default/login/tasklist"
  # The login starts a new session, whose CSRF token comes with the next read (as in Tasklist).
  curl -sS -f -o /dev/null -c "$jar" -b "$jar" "$BASE_URL/camunda/api/admin/auth/user/default"
  token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar" | tail -1)
  note "POST (as $user in Tasklist) the scan $(basename "$file") of the signed paper" >&2
  id=$(curl -sS -f -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $token" \
    -H 'Content-Type: application/octet-stream' --data-binary "@$file" \
    "$BASE_URL/camunda/api/tasklist/plugin/token-scans/default/tasks/$task/scans?fileName=$(basename "$file")" \
    | grep -o '"id":"[^"]*"' | head -1 | sed 's/"id":"//; s/"$//')
  rm -f "$jar"
  [[ -n "$id" ]] || fail "the scan upload of $user at task $task was refused"
  note "scan attached: $id" >&2
  printf '%s' "$id"
}

# paper_code CONFIRMATION FORM: the verification code printed on the case's current FORM
# (DELIVERY_AUTHORIZATION or ECON_084), as the clerk reads it off the paper or scans its QR code.
# The demo shows it to operators (GET /demo/cases/{case}/paper-forms), standing in for the paper.
paper_code() {
  curl -sS -f -u "$OPERATOR" "$BASE_URL/demo/cases/$1/paper-forms" \
    | grep -o "\"form\":\"$2\",\"version\":[0-9]*,\"verificationCode\":\"[^\"]*\"" \
    | sed 's/.*"verificationCode":"//; s/"$//'
}

# The demo's app must be up (and in the demo profile) before a walkthrough starts.
curl -sS -f -o /dev/null "$BASE_URL/actuator/health/readiness" \
  || fail "no app at $BASE_URL: start it with ./mvnw spring-boot:run (or set BASE_URL)"
