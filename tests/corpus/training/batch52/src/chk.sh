#!/bin/bash
# usage: chk.sh url...  prints USED or ok
for u in "$@"; do n=$(echo "$u" | sed -E 's#^https?://(www\.)?##; s#/$##'); if grep -qiF "$n" /work/incoming/USED_URLS.txt; then echo "USED $u"; else echo "ok   $u"; fi; done
