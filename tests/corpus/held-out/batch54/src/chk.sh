#!/bin/bash
# usage: chk.sh url...
for u in "$@"; do
  n=$(echo "$u" | sed 's#^https\?://##; s#^www\.##; s#/$##')
  if grep -qiF "$n" /work/incoming/USED_URLS.txt; then echo "USED  $u"; else echo "new   $u"; fi
done
