"""Orders in the forms a fourth batch of texts written after the rules showed them: a unit named by
its field before "Department", a French unit and a verb in the future, a council motion's bare verb,
coordination with "en relation avec" or "samråda med", and what is not an order (a premise, a
speaker of the public, an exhortation with no one to act, a request an earlier document made, a
report on orders). Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("The Education Department must publish the calendar of examinations.", "SGDDT"),
        ("The Finance Ministry shall pay the contractors of the new bridge.", "STC"),
        ("Le ministère de l'Intérieur organisera les exercices d'évacuation.", "SNV"),
        ("Le Ministre de la Construction est chargé de contrôler les chantiers des écoles.", "SXD"),
        ("Le ministère des Finances publiera le calendrier des paiements.", "STC"),
        ("Le ministère de la Santé, pour sa part, ouvrira trois centres de dépistage.", "SYT"),
        ("That the Department of Health prepare a report on waiting times at the clinics.", "SYT"),
        ("MOTION: That the Finance Department review the parking fees. Carried 5-2.", "STC"),
    ],
)
def test_orders_and_their_lead(one, text, lead):
    assert codes([one(text).lead]) == [lead]


def test_a_generic_french_subject_with_an_obligation(one):
    directive = one("Les gouverneurs devront recenser les écoles endommagées par les pluies.")
    assert directive.lead is None


@pytest.mark.parametrize(
    ("text", "coordinating"),
    [
        (
            "Le Ministre des Finances, en relation avec le Ministre de la Santé, doit régler les dettes des hôpitaux.",
            ["SYT"],
        ),
        ("Byggdepartementet ska samråda med hälsodepartementet om ventilationen i skolorna.", ["SYT"]),
    ],
)
def test_coordination_phrased_otherwise(one, text, coordinating):
    assert codes(one(text).coordinating) == coordinating


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère de la Santé sera représenté au sommet régional.",
        "One speaker urged the city to plant more trees along the river.",
        "The Chairman emphasised that no patient should be turned away from the clinics.",
        "She said the district would continue to clean the canals in the dry season.",
        "Utgångspunkten är att kommunerna ska ansvara för skolskjutsen även i fortsättningen.",
        "Ngày 12/3/2025, Sở Y tế đã có Công văn số 88/SYT-NV đề nghị các bệnh viện rà soát trang thiết bị.",
        "Le Premier Ministre a fait le point de l'exécution des directives : 70 % des routes ont été "
        "réparées ; les écoles ont été équipées.",
    ],
)
def test_not_orders(run, text):
    assert run(text).directives == []


def test_an_order_after_said_that_still_is(one):
    assert codes([one("He stressed that the Department of Health must open night clinics.").lead]) == ["SYT"]


@pytest.mark.parametrize(
    ("text", "language", "meeting", "deadline"),
    [
        (
            "Sở Tài chính tổng hợp số liệu, gửi Sở Nội vụ trước 16 giờ ngày 20/11/2025.",
            "vi",
            "2025-11-03",
            "2025-11-20",
        ),
        (
            "The Department of Finance shall send the figures by 5 p.m. on 14 March 2025.",
            "en",
            "2025-03-03",
            "2025-03-14",
        ),
        ("Le Département des finances doit transmettre les chiffres sous huitaine.", "fr", "2025-03-03", "2025-03-11"),
        ("Le Département des finances doit transmettre les chiffres sous quinzaine.", "fr", "2025-03-03", "2025-03-18"),
        (
            "Le Département des finances doit clore les comptes d'ici la fin de l'année.",
            "fr",
            "2025-03-03",
            "2025-12-31",
        ),
        ("The Department of Finance must close the accounts by the end of the year.", "en", "2025-03-03", "2025-12-31"),
        (
            "Giao Sở Nội vụ tổng hợp, báo cáo UBND tỉnh tại phiên họp thường kỳ tháng 11/2025.",
            "vi",
            "2025-09-03",
            "2025-11-30",
        ),
        (
            "That the Department of Finance prepare the fee schedule for the April 8, 2025 meeting.",
            "en",
            "2025-03-03",
            "2025-04-08",
        ),
    ],
)
def test_deadline_forms(one, text, language, meeting, deadline):
    assert one(text, language=language, meeting=meeting).deadline == datetime.date.fromisoformat(deadline)
