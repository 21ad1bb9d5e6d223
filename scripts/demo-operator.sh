# Demo values of the operator's identity (the legal pages), for `make run` and the browser
# tests. Sourced, not run; a value already set in the environment wins. A real site sets its
# own (docs/operating.md).
: "${OPERATOR_NAME:=Social Tech Academy (demonstration association)}"
: "${OPERATOR_ADDRESS:=12 rue des Coopératives; 69001 Lyon; France}"
: "${OPERATOR_EMAIL:=contact@academy.example}"
: "${OPERATOR_DPO_EMAIL:=privacy@academy.example}"
: "${OPERATOR_HOSTING:=Demo Hosting Cooperative, 4 quai des Serveurs, 59100 Roubaix, France}"
export OPERATOR_NAME OPERATOR_ADDRESS OPERATOR_EMAIL OPERATOR_DPO_EMAIL OPERATOR_HOSTING
