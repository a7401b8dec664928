from referrals_testkit import send


async def test_send_and_read(client, la_headers, agency_a, agencies):
    response = await send(client, la_headers)
    assert response.status_code == 201, response.text
    referral = response.json()
    got = await client.get(f"/v1/referrals/{referral['id']}", headers=agency_a)
    assert got.status_code == 200, got.text
    assert got.json()["screening"][0]["first_response_due_at"].startswith("2026-11-23T09:15")
