def test_dump(visit, page, problems):
    for p in ["/", "/wilayah/73/", "/wilayah/73.01/", "/wilayah/63/", "/wilayah/?level=province"]:
        r = visit.open(p)
        print("=====", p, r.status, page.evaluate("document.documentElement.lang"))
        print(page.inner_text("main")[:6000])
    print(problems.all())
    r = page.request.get(visit.site + "/static/js/charts.js")
    print("charts.js", r.status)
