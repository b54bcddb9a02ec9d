from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    PROVINCIAL = "provincial", _("Tingkat provinsi")
    NATIONAL = "national", _("Tingkat nasional")


class CategoryKind(models.TextChoices):
    PROVINCIAL_GOVERNMENT = "provincial_government", _("Pemerintah provinsi")
    LOCAL_GOVERNMENT = "local_government", _("Pemerintah kabupaten/kota")
    LARGE_ENTERPRISE = "large_enterprise", _("Perusahaan besar")
    MEDIUM_ENTERPRISE = "medium_enterprise", _("Perusahaan menengah")
    SMALL_MICRO_ENTERPRISE = "small_micro_enterprise", _("Usaha kecil dan mikro")
    PUBLIC_SERVICE = "public_service", _("Layanan publik")
    VILLAGE = "village", _("Desa/kelurahan")
    OTHER = "other", _("Lainnya")


GOVERNMENT_CATEGORIES = {CategoryKind.PROVINCIAL_GOVERNMENT, CategoryKind.LOCAL_GOVERNMENT}


class OrganisationSize(models.TextChoices):
    """Business size of an organisation nominee (UU 20/2008 and PP 7/2021
    classes; the award's own categories name large, medium and micro/small)."""

    LARGE = "large", _("Besar")
    MEDIUM = "medium", _("Menengah")
    SMALL = "small", _("Kecil")
    MICRO = "micro", _("Mikro")


class PanelRole(models.TextChoices):
    CHAIR = "chair", _("Ketua")
    SECRETARY = "secretary", _("Sekretaris")
    MEMBER = "member", _("Anggota")


class PanelSeat(models.TextChoices):
    """Whom a Tim 9 member represents (domain.md §4.4)."""

    SEKDA = "sekda", _("Sekretaris Daerah Provinsi")
    BPJS = "bpjs", _("BPJS Ketenagakerjaan")
    DISNAKER = "disnaker", _("Dinas Tenaga Kerja")
    EMPLOYERS = "employers", _("Unsur pengusaha")
    UNIONS = "unions", _("Unsur serikat pekerja/buruh")
    SOCIAL_SECURITY_EXPERT = "social_security_expert", _("Ahli jaminan sosial")
    ECONOMICS_EXPERT = "economics_expert", _("Ahli ekonomi")
    LAW_EXPERT = "law_expert", _("Ahli hukum")
    PUBLIC_POLICY_EXPERT = "public_policy_expert", _("Ahli kebijakan publik")
    OTHER = "other", _("Lainnya")


class Phase(models.TextChoices):
    """The steps of a provincial round (domain.md §4.4): document scoring,
    then the plenary's shortlist, then interviews of the shortlisted."""

    DOCUMENT = "document", _("Penilaian dokumen")
    INTERVIEW = "interview", _("Wawancara")
