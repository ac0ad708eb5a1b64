/*
 * The idle warning of a logged-in page. The server decides when a session ends (SessionCheckFilter, from its row in
 * the database); this script only asks it how long is left (GET /account/session, which is no activity) and, that
 * many seconds minus the warning before the end, shows the dialog of the layout with a countdown: "stay logged in"
 * (POST /account/session, which is activity) or "log out" (the header's logout). When the countdown ends it asks the
 * server again: an ended session answers with the login page (the filter's redirect), which the script then opens;
 * activity in another tab of the same session shows as more time left, and the dialog closes. A tab that comes back
 * into view asks at once. Kept out of the page so that the Content-Security-Policy needs no inline script for it.
 */
(function () {
    var el = document.getElementById('session-timer');
    if (!el || !window.fetch) {
        return;
    }
    var url = el.getAttribute('data-url');
    var login = el.getAttribute('data-login');
    var warn = parseInt(el.getAttribute('data-warn'), 10) || 0;
    var timer = null;
    var countdown = null;
    var deadline = 0;
    var shown = false;

    function widget() {
        return window.PF ? window.PF('sessionWarning') : null;
    }

    function schedule(remaining) {
        clearTimeout(timer);
        // setTimeout's longest delay is about 24.8 days; ask again at the latest after a day
        var wait = Math.min(Math.max(0, remaining - warn), 86400);
        timer = setTimeout(check, wait * 1000);
    }

    function ask(method) {
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            cache: 'no-store',
            headers: { 'Accept': 'application/json' }
        }).then(function (r) {
            if (r.redirected || r.url.indexOf(login) >= 0) {
                // the session has ended: the filter sent the login page, with the reason
                window.location.href = r.url;
                return null;
            }
            if (r.status === 401) {
                window.location.href = login;
                return null;
            }
            return r.ok ? r.json() : null;
        });
    }

    function answer(s) {
        if (!s) {
            return;
        }
        if (s.remaining <= warn) {
            show(s);
        } else {
            hide();
            schedule(s.remaining);
        }
    }

    function check() {
        ask('GET').then(answer, function () {
            // the server did not answer (a restart, the network): try again in a while
            schedule(warn + 30);
        });
    }

    function format(seconds) {
        var m = Math.floor(seconds / 60);
        var s = seconds % 60;
        return m + ':' + (s < 10 ? '0' : '') + s;
    }

    function show(s) {
        clearTimeout(timer);
        deadline = Date.now() + s.remaining * 1000;
        document.getElementById('session-warning-idle').hidden = !s.extendable;
        document.getElementById('session-warning-lifetime').hidden = s.extendable;
        document.getElementById('session-stay').hidden = !s.extendable;
        tick();
        if (!shown && widget()) {
            widget().show();
            shown = true;
        }
    }

    function hide() {
        clearTimeout(countdown);
        if (shown && widget()) {
            widget().hide();
        }
        shown = false;
    }

    function tick() {
        clearTimeout(countdown);
        var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        document.getElementById('session-warning-count').textContent = format(left);
        if (left <= 0) {
            // the server decides: the end, or more time (activity elsewhere)
            ask('GET').then(function (s) {
                if (s && s.remaining > 0) {
                    answer(s);
                } else if (s) {
                    // still active for less than a second: the server ends it, ask again then
                    deadline = Date.now() + 1000;
                    countdown = setTimeout(tick, 1000);
                }
            });
            return;
        }
        countdown = setTimeout(tick, 1000);
    }

    document.getElementById('session-stay').addEventListener('click', function () {
        ask('POST').then(answer);
    });
    document.getElementById('session-logout').addEventListener('click', function () {
        var logout = document.getElementById('headerForm:logout');
        if (logout) {
            logout.click();
        } else {
            window.location.href = login;
        }
    });
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') {
            check();
        }
    });

    schedule(parseInt(el.getAttribute('data-remaining'), 10) || 0);
})();
