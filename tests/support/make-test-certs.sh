#!/usr/bin/env bash
# TEST-ONLY certificates for the project's TLS tests, made fresh into the folder given.
# Nothing here is a real key; the passphrase is "test-only".
set -euo pipefail
out=${1:?usage: make-test-certs.sh OUTDIR}
mkdir -p "$out"
cd "$out"
days=365
subj() { echo "/O=ssbtek-client tests/CN=$1"; }

ca() { # name
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.pem" -days $days \
        -subj "$(subj "$1 TEST-ONLY CA")" -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}
leaf() { # name ca san extendedKeyUsage [days]
    openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "$(subj "$1")" 2>/dev/null
    printf 'subjectAltName=%s\nextendedKeyUsage=%s\nbasicConstraints=CA:FALSE\n' "$3" "$4" > "$1.ext"
    openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial -out "$1.pem" -days "${5:-$days}" \
        -extfile "$1.ext" 2>/dev/null
}

ca ca
ca other-ca
ca caseworker-ca   # the municipality's own CA for caseworkers' certificates (ssbtek-gateway)
leaf server ca "IP:127.0.0.1,DNS:localhost" serverAuth
leaf wronghost ca "DNS:wrong-host.invalid" serverAuth
leaf untrusted other-ca "IP:127.0.0.1,DNS:localhost" serverAuth
leaf client ca "DNS:client.test" clientAuth
leaf other-client other-ca "DNS:other-client.test" clientAuth
leaf anna caseworker-ca "DNS:anna.test" clientAuth      # a caseworker in the gateway's staff table
leaf dora caseworker-ca "DNS:dora.test" clientAuth      # … whose login is disabled
leaf okand caseworker-ca "DNS:okand.test" clientAuth    # … and one the staff table does not know
leaf client-soon ca "DNS:client-soon.test" clientAuth 29   # expires in 29 days: the renewal warning

# An expired server certificate: openssl ca is the tool here that sets past dates.
mkdir -p expired-ca/newcerts && : > expired-ca/index.txt && echo 01 > expired-ca/serial
cat > expired-ca/ca.cnf <<CNF
[ca]
default_ca = test
[test]
dir = expired-ca
new_certs_dir = \$dir/newcerts
database = \$dir/index.txt
serial = \$dir/serial
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = anything
copy_extensions = copy
[anything]
commonName = supplied
organizationName = optional
CNF
openssl req -newkey rsa:2048 -nodes -keyout expired.key -out expired.csr -subj "$(subj expired)" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" 2>/dev/null
openssl ca -batch -config expired-ca/ca.cnf -in expired.csr -out expired.pem -notext \
    -startdate 20200101000000Z -enddate 20210101000000Z 2>/dev/null

# The client certificate as PKCS#12: OpenSSL 3's default (AES) and the legacy (RC2/3DES) form.
openssl pkcs12 -export -in client.pem -inkey client.key -out client.p12 -passout pass:test-only
openssl pkcs12 -export -legacy -in client.pem -inkey client.key -out client-legacy.p12 -passout pass:test-only 2>/dev/null \
    || openssl pkcs12 -export -certpbe PBE-SHA1-3DES -keypbe PBE-SHA1-3DES -macalg sha1 \
        -in client.pem -inkey client.key -out client-legacy.p12 -passout pass:test-only
printf 'test-only\n' > passphrase.txt
chmod 600 passphrase.txt
echo done
