def test_sign_in_page_renders(client):
    response = client.get("/login")
    assert response.status_code == 200
    assert b"Sign in to Tracker" in response.data


def test_home_needs_sign_in(client):
    response = client.get("/")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_signed_in_user_sees_empty_home(client, auth, make):
    user = make.user()
    auth.login(user)
    response = client.get("/")
    assert b"Nothing waits for you." in response.data
