# Sourced by the project's scripts: where the project's own KDSoap build lives.
# Override with KDSOAP_PREFIX in the environment.
: "${KDSOAP_PREFIX:=/opt/ssbtek/kdsoap-qt6}"
export KDSOAP_PREFIX
