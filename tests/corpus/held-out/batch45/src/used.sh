#!/bin/bash
norm(){ echo "$1" | sed -E 's#^[a-z]+://##; s#^www\.##; s#:[0-9]+/#/#; s#[?#].*$##; s#/$##' | tr 'A-Z' 'a-z'; }
sed -E 's#^[a-z]+://##; s#^www\.##; s#:[0-9]+/#/#; s#[?#].*$##; s#/$##' /work/incoming/USED_URLS.txt | tr 'A-Z' 'a-z' > /tmp/used_norm45.txt
for u in "$@"; do n=$(norm "$u"); id=$(echo "$n" | grep -oE '/(td|m|ba|bc)-p/[0-9]+' | grep -oE '[0-9]+'); rid=$(echo "$n" | grep -oE '/comments/[a-z0-9]+' );
 if grep -qxF "$n" /tmp/used_norm45.txt; then echo "USED $u";
 elif [ -n "$id" ] && grep -qE "/(td|m|ba|bc)-p/$id(/|$)" /tmp/used_norm45.txt; then echo "USEDthread $u";
 elif [ -n "$rid" ] && grep -qF "$rid" /tmp/used_norm45.txt; then echo "USEDthread $u";
 else echo "new  $u"; fi; done
