#!/usr/bin/env bash
# Walkthrough of a case that expires before pickup (R-B10 → process 2, situation 1; see
# docs/processes.md), fast-forwarded by an operator instead of waiting for the expiry date and the
# 24-hour back-office window. Ricardo (admin of Transportes del Valle) requests the renewal of his
# own token 4000000021 (expires in 2 days) and nobody collects it. About a minute.
# Usage: scripts/walkthrough/after-expiry.sh   (BASE_URL=http://localhost:8080 by default)
source "$(dirname "$0")/lib.sh"
NIT=800987654-4

step "1. Ricardo requests the renewal of his own token, to collect at branch 0003 (Cali)"
CODE=$(dynamic_code 4000000021)
call 201 "$PORTAL" POST /api/v1/renewals "{\"companyNit\":\"$NIT\",\"adminIdType\":\"CC\",
  \"adminIdNumber\":\"16789012\",\"dynamicCode\":\"$CODE\",\"branchOffice\":\"0003\",
  \"renewals\":[{\"deviceSerial\":\"4000000021\"}]}"
RT=$(field confirmationNumber)
wait_for_mail "Solicitud de renovación de token $RT"

step "2. Nobody collects it. An operator makes the case's next timer, the expiry date, due now"
TASK=$(task_id oficina0003 "$RT" Task_VisaSignature)  # the case waits for the branch
call 200 "$OPERATOR" POST "/demo/cases/$RT/next-timer"
[[ "$(field timer)" == Event_DeviceExpired ]] || fail "the next timer was $(field timer)"
wait_for_status "$RT" VENCIDO_SIN_RECLAMAR
wait_for_mail "Su token venció antes de completar la renovación - solicitud $RT"
note "the e-mail carries the ECON-084 pre-filled for situation 1"

step "3. The legal representative brings the signed ECON-084; branch 0003 registers it"
TASK=$(task_id oficina0003 "$RT" Task_RegisterEcon084)
FORM=$(mktemp --suffix=.pdf)   # the printed request form stands in for the scan of the ECON-084
curl -sS -f -u "$PORTAL" -o "$FORM" "$BASE_URL/api/v1/renewals/$RT/request-form"
SCAN=$(upload_scan oficina0003 "$TASK" "$FORM")
complete_task oficina0003 "$TASK" "{\"receiptSignedByLegalRepresentative\":{\"value\":true},
  \"receiptNotes\":{\"value\":\"Formato firmado por el representante legal\"},
  \"scanIds\":{\"value\":\"$SCAN\"}}"
TASK=$(task_id analista "$RT" Task_CheckEcon084)
note "back office (analista) has 24 hours to check the ECON-084 and unassign the token"

step "4. Nobody in back office acts. The operator makes the 24-hour window end now"
call 200 "$OPERATOR" POST "/demo/cases/$RT/next-timer"
[[ "$(field timer)" == Event_BackOfficeSla ]] || fail "the next timer was $(field timer)"
TASK=$(task_id gerente "$RT" Task_EscalateSla)
note "managers (gerente) now have \"Atender trámite de back office demorado\"; back office's work stays open"
TASK=$(task_id analista "$RT" Task_CheckEcon084)
call 200 "$PORTAL" GET "/api/v1/renewals/$RT"
printf '\nDone: %s expired before pickup, is in the after-expiry process, and its late back-office work is escalated.\n' "$RT"
