# helper: python3 add.py SOURCEID URL "title" < jsonl-lines-without-source
import sys, json
sid, url, title = sys.argv[1], sys.argv[2], sys.argv[3]
with open('sources.tsv','a') as f: f.write(f"{sid}\t{title}\t{url}\n")
with open('raw.jsonl','a') as f:
    for line in sys.stdin:
        line=line.strip()
        if not line: continue
        o=json.loads(line); o['source']=sid
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
