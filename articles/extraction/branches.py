"""A branch office's seat is not its area (issue #13, round 9): "Bandar
Lampung - BPJS Ketenagakerjaan Cabang Bandar Lampung mencatat ... Kepala
Kantor BPJS Ketenagakerjaan Cabang Bandar Lampung mengatakan, jika orang yang
bekerja di Provinsi Lampung mencapai ...". When the city an article is about
is named only as a dateline or as an office ("Cabang X", "BPJS
Ketenagakerjaan X"), and the only region the text places anything in is the
province around it, the figures are that province's, not the seat's. A mixin
of the extractor; pure Python."""

from __future__ import annotations


class BranchRules:
    def _branch_area_subject(self) -> str | None:
        """The subject region, moved from a branch's seat city to the province
        the text names as where its workers are."""
        a = self.a
        seat = a.subject
        if seat is None or "." not in seat:
            return seat  # the nation or a province already
        province = a.index.province_of(seat)
        seat_named_as_place = False
        province_placed = False
        for m in a.mentions:
            if m.code == seat:
                if m.placing:
                    seat_named_as_place = True
                    break
            elif m.placing:
                if m.code != province:
                    return seat  # another region placed: no single area
                province_placed = True
        if province_placed and not seat_named_as_place:
            return province
        return seat
