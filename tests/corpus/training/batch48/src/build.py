import json,collections
exec(open('data.py').read())
c=collections.Counter((x['expect']) for x in CASES); print(c)
print(collections.Counter((x['expect'],x['category']) for x in CASES))
print(collections.Counter(x['lang'] for x in CASES))
