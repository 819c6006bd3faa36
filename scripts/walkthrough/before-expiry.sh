#!/usr/bin/env bash
# Walkthrough of process 1, a renewal before expiry (docs/processes.md): Laura (admin of Ferretería
# Núñez) renews Andrés's token 4000000002; the branch 0001 visas the signature and hands the new
# token 4501000001 (from the office's stock) to the authorized person; Laura activates it. About 3 minutes (3 dynamic codes).
# Usage: scripts/walkthrough/before-expiry.sh   (BASE_URL=http://localhost:8080 by default)
source "$(dirname "$0")/lib.sh"
NIT=900123456-8
ADMIN='"adminIdType":"CC","adminIdNumber":"52345678"'

step "1. The admin sees her company's users, their tokens' expiry dates and renewal status"
call 200 "$PORTAL" GET "/api/v1/companies/$NIT/users"

step "2. The admin requests the renewal of Andrés's token, authorized by her own token's code"
CODE=$(dynamic_code 4000000001)
curl -sS -f -u "$PORTAL" "$BASE_URL/api/v1/renewals/RT-00000001" -o /dev/null 2>&1 && note \
  "(this app already has cases: if the next step answers 409, reset the demo, see the README)"
call 201 "$PORTAL" POST /api/v1/renewals "{\"companyNit\":\"$NIT\",$ADMIN,\"dynamicCode\":\"$CODE\",
  \"branchOffice\":\"0001\",\"renewals\":[{\"deviceSerial\":\"4000000002\",\"authorizedPerson\":{
  \"idType\":\"CC\",\"idNumber\":\"52123456\",\"names\":\"María Fernanda\",\"surnames\":\"Rojas Pérez\"}}]}"
RT=$(field confirmationNumber)
note "confirmation number (the case's business key): $RT"

step "3. One open case per token: the same request again answers 409 with the existing case"
CODE=$(dynamic_code 4000000001)
call 409 "$PORTAL" POST /api/v1/renewals "{\"companyNit\":\"$NIT\",$ADMIN,\"dynamicCode\":\"$CODE\",
  \"branchOffice\":\"0001\",\"renewals\":[{\"deviceSerial\":\"4000000002\"}]}"

step "4. The request form arrives by e-mail (and the portal can print it)"
wait_for_mail "Solicitud de renovación de token $RT"
call 200 "$PORTAL" GET "/api/v1/renewals/$RT/request-form"
note "open $BASE_URL/demo/mail to see the e-mail and its PDF"

step "5. Branch 0001 visas the signature on the signed form (Tasklist, user oficina0001)"
note "the clerk scans the signed form and types its verification code (the printed PDF stands in)"
FORM=$(mktemp --suffix=.pdf)
curl -sS -f -u "$PORTAL" -o "$FORM" "$BASE_URL/api/v1/renewals/$RT/request-form"
TASK=$(task_id oficina0001 "$RT" Task_VisaSignature)
SCAN=$(upload_scan oficina0001 "$TASK" "$FORM")
VCODE=$(paper_code "$RT" DELIVERY_AUTHORIZATION)
complete_task oficina0001 "$TASK" "{\"visaResult\":{\"value\":\"APPROVED\"},
  \"visaEvidenceReference\":{\"value\":\"VIS-0001-2026-0042\"},\"scanIds\":{\"value\":\"$SCAN\"},
  \"verificationCode\":{\"value\":\"$VCODE\"}}"

step "6. Branch 0001 hands the new token over to the authorized person, who shows her id"
TASK=$(task_id oficina0001 "$RT" Task_DeliverToken)
complete_task oficina0001 "$TASK" '{"deliveryRecipient":{"value":"AUTHORIZED"},
  "presentedIdType":{"value":"CC"},"presentedIdNumber":{"value":"52123456"},
  "identityDocumentChecked":{"value":true},"newDeviceSerial":{"value":"4501000001"}}'
wait_for_status "$RT" ENTREGADO_EN_OFICINA

step "7. The admin activates the new token with the holder, authorized by her own token's code"
CODE=$(dynamic_code 4000000001)
call 200 "$PORTAL" POST "/api/v1/renewals/$RT/activation" \
  "{$ADMIN,\"newDeviceSerial\":\"4501000001\",\"dynamicCode\":\"$CODE\"}"
wait_for_status "$RT" ACTIVADO
wait_for_mail "Token renovado activado - solicitud $RT"

step "8. The case's history: who did what and when"
call 200 "$PORTAL" GET "/api/v1/renewals/$RT"
printf '\nDone: %s is ACTIVADO, token 4501000001 active, 4000000002 inactive.\n' "$RT"
