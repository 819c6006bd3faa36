#!/usr/bin/env bash
# Walkthrough of process 3, the registration of a new client (docs/processes.md): Sofía
# (Ferretería Núñez, CC 1032456789) holds token 4000000004, assigned but not activated. She
# registers in the portal: her data, the 6-digit code sent to her mobile and e-mail, the terms, the
# serial, her password confirmed by the admin's dynamic code. About a minute.
# Usage: scripts/walkthrough/registration.sh   (BASE_URL=http://localhost:8080 by default)
source "$(dirname "$0")/lib.sh"
MOBILE=3214445566
API=/api/v1/registrations

# How many SMS the demo outbox holds for her mobile.
sms_count() { curl -sS -f "$BASE_URL/demo/sms" | { grep -o "\"mobile\":\"$MOBILE\"" || true; } | wc -l; }

step "1. The user gives the company's NIT and her id; the answer shows her masked e-mail and mobile"
call 201 "$PORTAL" POST $API '{"companyNit":"900123456-8","idType":"CC","idNumber":"1032456789",
  "actsAsAdmin":false}'
ID=$(field id)
note "registration $ID, next step: $(field next)"

step "2. \"Es correcto\": a 6-digit code goes to her mobile and her e-mail"
BEFORE=$(sms_count)
call 200 "$PORTAL" POST "$API/$ID/confirmation" '{"dataCorrect":true}'
note "waiting for the SMS of this registration at $BASE_URL/demo/sms"
new_sms() { (( $(sms_count) > BEFORE )); }
until_ok "the SMS with the code" new_sms
# Newest first: the first message to her mobile is this registration's.
CODE=$(curl -sS -f "$BASE_URL/demo/sms" | grep -o "{[^{}]*\"mobile\":\"$MOBILE\"[^{}]*}" | head -1 \
  | grep -o '"text":"[^"]*"' | grep -o '[0-9]\{6\}' | head -1)
[[ -n "$CODE" ]] || fail "no 6-digit code in the SMS"
note "the SMS carries the code $CODE"

step "3. She types the code (valid 10 minutes, 3 tries)"
call 200 "$PORTAL" POST "$API/$ID/code" "{\"code\":\"$CODE\"}"

step "4. She accepts the portal's terms of use"
call 200 "$PORTAL" POST "$API/$ID/terms" '{"accepted":true}'

step "5. She types the serial printed on the back of her token: the token becomes active"
call 200 "$PORTAL" POST "$API/$ID/serial" '{"serial":"4000000004"}'

step "6. Her password (8 letters and digits), confirmed by the dynamic code of the admin's token"
ADMIN_CODE=$(dynamic_code 4000000001)
call 200 "$PORTAL" POST "$API/$ID/password" "{\"password\":\"Kq7mZ2xR\",\"adminDynamicCode\":\"$ADMIN_CODE\"}"
wait_for_mail "Registro exitoso en Internet Empresarial"
call 200 "$PORTAL" GET "$API/$ID"
printf '\nDone: Sofía is registered and token 4000000004 is active.\n'
