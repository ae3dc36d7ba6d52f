# Sourced by the benchmarks after bin/tongban init: init disables the demo accounts and gives ops a generated
# password; the load logs in as the demo clerk and ops do, so they are put back, as ops would add accounts.
bench_accounts() { # NODE_HOME
    local users="$1/etc/tongban-users.properties"
    sed -i 's/= !{CRYPT}/= {CRYPT}/' "$users"
    printf '\nops = {CRYPT}%s{CRYPT},ops\n' "$(printf %s ops-demo | sha256sum | cut -d' ' -f1 | tr a-f A-F)" >>"$users"
}
